"""The timeline as a picture (PNG or SVG) through matplotlib, an optional extra:
`pip install 'newscat[plot]'`. Imported only when --plot is given."""

from __future__ import annotations

from pathlib import Path

from newscat.errors import NewscatError
from newscat.timeline import Series, value

WIDTH, HEIGHT, DPI = 10.0, 4.0, 100  # inches and dots per inch: a 1000 × 400 picture
FORMATS = (".png", ".svg")


def plot(
    path: Path,
    labels: list[str],
    series: list[Series],
    totals: dict[str, int],
    *,
    share: bool,
    by: str,
    caption: str,
) -> None:
    if path.suffix.lower() not in FORMATS:
        raise NewscatError(f"--plot: write a .png or .svg file, not {path.name!r}")
    try:
        import matplotlib

        matplotlib.use("Agg")  # no display needed
        from matplotlib import pyplot
    except ImportError:
        raise NewscatError("--plot needs matplotlib: pip install 'newscat[plot]'") from None
    figure, axes = pyplot.subplots(figsize=(WIDTH, HEIGHT), dpi=DPI)
    positions = range(len(labels))
    if len(series) == 1:
        values = [value(series[0], label, totals, share) for label in labels]
        axes.bar(positions, values, color="#2a7f62")
    else:
        for one in series:
            values = [value(one, label, totals, share) for label in labels]
            axes.plot(positions, values, marker="o", label=one.name)
        axes.legend(fontsize="small")
    step = max(1, len(labels) // 12)  # at most about a dozen labels under the axis
    axes.set_xticks(list(positions)[::step], labels[::step], rotation=45, ha="right")
    axes.set_xlabel(by)
    axes.set_ylabel("share of all articles" if share else "articles")
    if not share:  # counts are whole: no "2.5 articles" on the axis
        from matplotlib.ticker import MaxNLocator

        axes.yaxis.set_major_locator(MaxNLocator(integer=True))
    axes.set_title(f"Articles per {by}")
    figure.text(0.01, 0.01, caption, fontsize="small", color="#555555")
    figure.tight_layout(rect=(0, 0.05, 1, 1))
    try:
        figure.savefig(path, dpi=DPI)
    except OSError as error:
        raise NewscatError(f"--plot: cannot write {path}: {error.strerror or error}") from None
    finally:
        pyplot.close(figure)
