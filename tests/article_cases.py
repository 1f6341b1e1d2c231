"""Hand-written articles of many shapes, each with the exact values extraction must give.

Each case: text, and the expected published / source / title (title_derived; None where the
text has no headline and no sentence to make one of) / people {name: role}.
A role of None means the person must be found with no role; names not listed must not appear.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Case:
    id: str
    text: str
    published: str | None = None
    source: str | None = None
    title: str | None = None
    title_derived: bool = False
    people: dict[str, str | None] = field(default_factory=dict)
    authors: list[str] | None = None  # checked where given


CASES = [
    Case(
        "wire-reuters-dateline",
        "Oil prices climb on supply worries\n\n"
        "LONDON, June 14, 2019 (Reuters) - Oil prices rose on Friday after attacks on two tankers "
        "in the Gulf of Oman, traders said.\n\n"
        '"The market is nervous," said Olivier Jakob, managing director of Petromatrix. '
        "Jakob added that prices could rise further.\n",
        published="2019-06-14",
        source="Reuters",
        title="Oil prices climb on supply worries",
        people={"Olivier Jakob": "managing director of Petromatrix"},
    ),
    Case(
        "wire-ap-dash",
        "WASHINGTON (AP) — Senator Elizabeth Warren introduced a bill on Tuesday that would "
        "break up large technology companies.\n\n"
        "Warren said the companies had too much power. Her office released the text of the "
        "bill later in the day.\n",
        source="AP",
        title="Senator Elizabeth Warren introduced a bill on Tuesday that would break up large technology companies",
        title_derived=True,
        people={"Elizabeth Warren": "Senator"},
    ),
    Case(
        "published-on-line",
        "City council approves new cycling lanes\n"
        "Published on March 3, 2020\n\n"
        "The city council voted 7-2 on Monday to build 40 kilometres of protected cycling lanes "
        "over the next three years.\n\n"
        "Councillor Maria Gonzalez, who proposed the plan, said it would make streets safer.\n",
        published="2020-03-03",
        title="City council approves new cycling lanes",
        people={"Maria Gonzalez": "Councillor"},
    ),
    Case(
        "iso-header-and-signoff",
        "2021-11-02\n\n"
        "Azerbaijan and Georgia sign transport agreement\n\n"
        "Azerbaijani Minister of Digital Development and Transport Rashad Nabiyev and his Georgian "
        "counterpart signed an agreement on cargo transit in Baku on Tuesday.\n\n"
        "Trend\n",
        published="2021-11-02",
        source="Trend",
        title="Azerbaijan and Georgia sign transport agreement",
        people={"Rashad Nabiyev": "Azerbaijani Minister of Digital Development and Transport"},
    ),
    Case(
        "body-date-is-not-publication",
        "Survivors remember the 1988 earthquake\n\n"
        "Thousands gathered in Spitak to remember the earthquake of December 7, 1988, which "
        "killed more than 25,000 people.\n\n"
        "Anahit Petrosyan, a survivor, laid flowers at the memorial.\n",
        published=None,
        title="Survivors remember the 1988 earthquake",
        people={"Anahit Petrosyan": "survivor"},
    ),
    Case(
        "no-year-dateline-stays-empty",
        "Markets open higher\n\n"
        "NEW YORK, Feb 26 - Stocks opened higher on Thursday as investors welcomed strong "
        "earnings from retailers.\n\n"
        "Reuter\n",
        published=None,
        source="Reuters",
        title="Markets open higher",
    ),
    Case(
        "byline-pipe-and-day-first-date",
        "Farmers protest over fuel prices\n"
        "By Tomasz Nowak | Notes from Poland | 12 May 2022\n\n"
        "Hundreds of farmers drove tractors into Warsaw on Thursday to protest against rising fuel "
        "prices.\n",
        published="2022-05-12",
        title="Farmers protest over fuel prices",
    ),
    Case(
        "copyright-footer",
        "Tech giant reports record profit\n\n"
        "The company said on Wednesday that profit rose 30 percent in the third quarter.\n\n"
        "Chief Executive Satya Nadella said cloud demand remained strong.\n\n"
        "© 2023 Financial Chronicle. All rights reserved.\n",
        source="Financial Chronicle",
        title="Tech giant reports record profit",
        people={"Satya Nadella": "Chief Executive"},
    ),
    Case(
        "source-label",
        "Heavy snow closes mountain passes\n\n"
        "Several mountain passes were closed on Sunday after heavy overnight snow, the roads "
        "agency said.\n\n"
        "Source: Alpine Daily News\n",
        source="Alpine Daily News",
        title="Heavy snow closes mountain passes",
    ),
    Case(
        "honorifics-mr-ms-dr",
        "Hospital opens new cancer wing\n"
        "April 4, 2018\n\n"
        "Dr. Priya Raman, head of oncology at the hospital, said the wing would treat 2,000 "
        "patients a year. Mr. Raman is no relation.\n\n"
        'Ms Helen Carter, a patient, said: "It gives us hope." Dr. Raman thanked donors.\n',
        published="2018-04-04",
        title="Hospital opens new cancer wing",
        people={"Priya Raman": "head of oncology at the hospital", "Helen Carter": "patient"},
    ),
    Case(
        "title-before-name-list",
        "Leaders meet in Brussels\n\n"
        "German Chancellor Olaf Scholz, French President Emmanuel Macron and Italian Prime "
        "Minister Giorgia Meloni met in Brussels on Thursday.\n",
        title="Leaders meet in Brussels",
        people={
            "Olaf Scholz": "German Chancellor",
            "Emmanuel Macron": "French President",
            "Giorgia Meloni": "Italian Prime Minister",
        },
    ),
    Case(
        "apposition-after-name",
        "Bank names new chief\n\n"
        "Sarah Whitfield, chief financial officer of Northern Bank, will become chief executive "
        "in January, the bank said. Whitfield replaces James Porter, who retires.\n",
        title="Bank names new chief",
        people={
            "Sarah Whitfield": "chief financial officer of Northern Bank",
            "James Porter": None,
        },
    ),
    Case(
        # a time set off by commas after a name says when, not who
        "a-time-after-a-name-is-no-role",
        "Deal called off\n\n"
        "The court heard from Ilse Marten, a year ago, that the deal was off. Her lawyer, "
        "Tom Baird, said nothing a few days later.\n",
        title="Deal called off",
        people={"Ilse Marten": None, "Tom Baird": "lawyer"},
    ),
    Case(
        # occupations as roles: before a name, and in apposition after a possessive
        "occupations-as-roles",
        "Village treasurer cleared\n\n"
        "Incident controller Brett Maddox said crews had worked through the night. "
        "His barrister, Harriet Colquhoun KC, had told the jury the money went on repairs. "
        "Town clerk Hosiah Chisanga said the hall would reopen. Commuter Sanjay Mistry said "
        "the bridge toll would cost him more.\n",
        title="Village treasurer cleared",
        people={
            "Brett Maddox": "Incident controller",
            "Harriet Colquhoun": "barrister",
            "Hosiah Chisanga": "Town clerk",
            "Sanjay Mistry": "Commuter",
        },
    ),
    Case(
        # "Md", Mohammed written short before a Bangladeshi name
        "md-before-a-given-name",
        "Visa racket\n\n"
        "One of the victims, Md Rafiqul Islam, said he had sold his land, police said.\n",
        title="Visa racket",
        people={"Md Rafiqul Islam": None},
    ),
    Case(
        # a rich person is described as such
        "a-billionaire-in-apposition",
        "Club changes hands\n\n"
        "The players were all hired by Sumner Quillon, the Lisbon billionaire who took "
        "control of the club last year.\n",
        title="Club changes hands",
        people={"Sumner Quillon": "Lisbon billionaire"},
    ),
    Case(
        "named-as-role",
        "Airline appoints finance head\n\n"
        "Coastal Airways said on Monday it had named Daniel Okoye chief financial officer, "
        "effective immediately.\n",
        title="Airline appoints finance head",
        people={"Daniel Okoye": "chief financial officer"},
    ),
    Case(
        "was-named-role",
        "Steelmaker picks president\n\n"
        "John Pope Jr. was named president of the company's steel division on Friday.\n",
        title="Steelmaker picks president",
        people={"John Pope Jr.": "president of the company's steel division"},
    ),
    Case(
        "organisation-with-name-inside",
        "Foundation funds school in Ganja\n"
        "2019-09-01\n\n"
        "The Heydar Aliyev Foundation opened a new school in Ganja on Sunday. The school will "
        "teach 600 pupils.\n",
        published="2019-09-01",
        title="Foundation funds school in Ganja",
        people={},
    ),
    Case(
        "places-and-university-are-not-people",
        "Researchers study coastal erosion\n\n"
        "Scientists from Stanford University and the University of Cape Town travelled to "
        "Los Angeles and Buenos Aires to measure coastal erosion.\n",
        title="Researchers study coastal erosion",
        people={},
    ),
    Case(
        "surname-links-to-full-name",
        "Coach praises young striker\n\n"
        "Manager Carlo Ancelotti praised striker Endrick after Sunday's win. Ancelotti said "
        "the teenager had worked hard. Ancelotti also thanked the fans.\n",
        title="Coach praises young striker",
        people={"Carlo Ancelotti": "Manager", "Endrick": "striker"},
    ),
    Case(
        "non-english-names",
        "Parliament elects new speaker\n"
        "Friday, 7 July 2023\n\n"
        "Lawmakers elected Sahiba Gafarova as speaker on Friday. Gafarova thanked Ilham Aliyev, "
        "the President of Azerbaijan, for his support. Deputy Speaker Ali Huseynli congratulated her.\n",
        published="2023-07-07",
        title="Parliament elects new speaker",
        people={
            "Sahiba Gafarova": "speaker",
            "Ilham Aliyev": "President of Azerbaijan",
            "Ali Huseynli": "Deputy Speaker",
        },
    ),
    Case(
        "slavic-names-and-who-is",
        "Ukraine and Poland discuss grain\n\n"
        "KYIV, Sept 21, 2023 (Reuters) - Oleksandr Kubrakov, who is Ukraine's infrastructure "
        "minister, met Polish officials on Thursday.\n",
        published="2023-09-21",
        source="Reuters",
        title="Ukraine and Poland discuss grain",
        people={"Oleksandr Kubrakov": "Ukraine's infrastructure minister"},
    ),
    Case(
        "scraped-page-junk",
        "Share  Tweet  Email\n"
        "Home » World\n"
        "New bridge opens across the Danube\n"
        "Posted: 2022-06-30 09:15\n"
        "+ ↺ − 16 px\n\n"
        "A new road bridge across the Danube opened on Thursday, cutting travel times between the "
        "two countries.\n\n"
        "Read more\n"
        "We use cookies to improve your experience.\n"
        "Balkan Insight\n",
        published="2022-06-30",
        source="Balkan Insight",
        title="New bridge opens across the Danube",
    ),
    Case(
        "gum-style-weekday-date",
        "Volcano erupts in Iceland\n\n"
        "Wednesday, March 20, 2024\n\n"
        "A volcano erupted on the Reykjanes peninsula on Saturday evening, the Icelandic Met Office said.\n",
        published="2024-03-20",
        title="Volcano erupts in Iceland",
    ),
    Case(
        "archive-timestamp",
        "CANADA TRADE SURPLUS WIDENS\n"
        "12-MAR-1987 08:31:02.11\n\n"
        "OTTAWA, March 12 - Canada's merchandise trade surplus widened in January, Statistics "
        "Canada said.\n"
        "    Trade Minister Pat Carney said the figures were encouraging.\n"
        " Reuter\n",
        published="1987-03-12",
        source="Reuters",
        title="CANADA TRADE SURPLUS WIDENS",
        people={"Pat Carney": "Trade Minister"},
    ),
    Case(
        "no-headline-derived-title",
        "The central bank kept interest rates unchanged on Thursday. Governor Andrew Bailey said "
        "inflation was falling.\n",
        title="The central bank kept interest rates unchanged on Thursday",
        title_derived=True,
        people={"Andrew Bailey": "Governor"},
    ),
    Case(
        "initials",
        "Cricket scores\n\n"
        "Yorkshire 250 (A. Lyth 80, J. Root 65) beat Lancashire by four wickets.\n",
        title="Cricket scores",
        people={"A. Lyth": None, "J. Root": None},
    ),
    Case(
        "role-with-brackets-and-age",
        "Local baker wins national prize\n\n"
        "Marta Kowalczyk (34) won the national bread championship on Sunday. Her mentor, "
        "Stefan Bauer (pastry chef), said she deserved it.\n",
        title="Local baker wins national prize",
        people={"Marta Kowalczyk": None, "Stefan Bauer": "pastry chef"},
    ),
    Case(
        "work-titles-are-not-people",
        "Film festival opens\n\n"
        'The festival opened with "Running from the Darkness", a documentary, and '
        '"Anna Karenina", a new adaptation directed by Joe Wright.\n',
        title="Film festival opens",
        people={"Joe Wright": None},
    ),
    Case(
        "headline-label",
        "Title: Central bank holds rates\n"
        "Date: 2024-01-31\n\n"
        "The central bank left its main rate unchanged at 4.5 percent.\n",
        published="2024-01-31",
        title="Central bank holds rates",
    ),
    Case(
        "dotted-european-date",
        "Stadt plant neue Straßenbahn\n"
        "15.08.2021\n\n"
        "Die Stadt will bis 2025 eine neue Straßenbahnlinie bauen, sagte Bürgermeister Peter Kurz.\n",
        published="2021-08-15",
        title="Stadt plant neue Straßenbahn",
        people={"Peter Kurz": "Bürgermeister"},
    ),
    Case(
        "features-works-and-songs-are-not-people",
        "Detainees return home\n\n"
        "Four men held at Guantanamo Bay returned to London on Tuesday. At the Adam Smith Lecture, "
        'the band played "Love Will Tear Us Apart" before Gordon Brown spoke.\n',
        title="Detainees return home",
        people={"Gordon Brown": None},
    ),
    Case(
        "sir-first-name-joins-the-full-name",
        "Police chief steps down\n\n"
        "Sir John Stevens, the Metropolitan Police Commissioner, announced his retirement on Monday. "
        "Sir John said it had been an honour. Gareth Peirce, lawyer for Mr Begg, welcomed the news.\n",
        title="Police chief steps down",
        people={
            "John Stevens": "Metropolitan Police Commissioner",
            "Gareth Peirce": "lawyer for Mr Begg",
            "Begg": None,
        },
    ),
    Case(
        "words-before-a-name-are-not-always-a-role",
        "Marathon record falls\n\n"
        "New Yorker William Trowbridge broke the course record on Sunday, finishing in two hours "
        "and six minutes, race director Mary Wittenberg said.\n",
        title="Marathon record falls",
        people={"William Trowbridge": None, "Mary Wittenberg": "race director"},
    ),
    Case(
        "results-with-unknown-names-countries-and-scores",
        "Tennis results\n\n"
        "Results from the Dutch Open on Friday:\n"
        "Sjeng Schalken (Netherlands) beat Xavier Malisse (Belgium) 6-2 6-4\n"
        "Andrei Medvedev (Ukraine) beat Jan Kroslak (Slovakia) 6-4 6-3\n\n"
        "Golf leaders: 292 Iain Pyman 71 75 75 71, Oskar Hedblom (Sweden) 70 75 75 72.\n",
        title="Tennis results",
        people={
            "Sjeng Schalken": None,
            "Xavier Malisse": None,
            "Andrei Medvedev": None,
            "Jan Kroslak": None,
            "Iain Pyman": None,
            "Oskar Hedblom": None,
        },
    ),
    Case(
        "ages-relatives-and-a-writer-on-his-own-line",
        "Court jails smuggler\n\n"
        "Jeerasak Densakul, 24, was jailed on Monday. Italy's Illva Saronno watched the case, as "
        "did President Boris Yeltsin, whose wife Naina Yeltsin is in hospital. Naina Yeltsin "
        "is recovering. Ericsson spokesman Per Zetterquist declined to comment.\n\n"
        "Emese Bartha\n",
        title="Court jails smuggler",
        people={
            "Jeerasak Densakul": None,
            "Boris Yeltsin": "President",
            "Naina Yeltsin": "wife",  # a relative is the role the article gives
            "Per Zetterquist": "Ericsson spokesman",
            "Emese Bartha": None,
        },
    ),
    Case(
        "a-line-up-of-surnames-beside-known-players",
        "Coach names team\n\n"
        "Irish manager Mick McCarthy on Friday named Gary Breen and Niall Quinn in his team. "
        "Separately, Roy Keane said he was fit.\n\n"
        "The team is as follows:\n\n"
        "Given, Breen, Staunton, Irwin, Quinn.\n",
        title="Coach names team",
        people={
            "Mick McCarthy": "Irish manager",
            "Gary Breen": None,
            "Niall Quinn": None,
            "Roy Keane": None,
            "Given": None,
            "Staunton": None,
            "Irwin": None,
        },
    ),
    Case(
        "team-sheet-with-shirt-numbers-substitutes-and-minutes",
        "Soccer - line-ups\n\n"
        "Turkey: 1 - Rustu Recber, 5 - Alpay Ozalan, 7- Abdullah Ercan (14 - Sergen Yalcin, 57th), "
        "6 - Tolunay Kafkas.\n\n"
        "Scorers: Romania - Florin Raducioiu (21st minute)\n\n"
        "Late on Friday two girls -- Rachel Legeard, 18, and Severine Potty, 19 -- were missing.\n",
        title="Soccer - line-ups",
        people={
            "Rustu Recber": None,
            "Alpay Ozalan": None,
            "Abdullah Ercan": None,
            "Sergen Yalcin": None,
            "Tolunay Kafkas": None,
            "Florin Raducioiu": None,
            "Rachel Legeard": None,
            "Severine Potty": None,
        },
    ),
    Case(
        "an-adjective-before-a-known-surname-is-no-relative",
        "Classy Henman makes winning start\n\n"
        "Tim Henman opened his campaign with a 6-1 7-5 victory on Wednesday. Said Williams: "
        '"It was a great start," and Will Young agreed.\n',
        title="Classy Henman makes winning start",
        # "Said Williams:" quotes someone: the name tagger finds him, and rightly.
        people={"Tim Henman": None, "Williams": None, "Will Young": None},
    ),
    Case(
        "nationality-before-a-name-initials-before-a-place-and-a-government-of-someone",
        "Boxing and cricket round-up\n\n"
        "American Nate Miller defended his title on Saturday. Controversial Australian Anthony "
        "Hill called the referee a cheat. The novel is set under the government of Carlos "
        "Menem. A group headed by Polish businessman Zygmunt Solorz made an offer, as did the "
        "University of Cape Town and Bank of America Capital Management.\n\n"
        "Hove: Sussex 363 (W. Athey 111, I. Austin 4-37)\n",
        title="Boxing and cricket round-up",
        people={
            "Nate Miller": None,
            "Anthony Hill": None,
            "Carlos Menem": None,
            "Zygmunt Solorz": "Polish businessman",
            "W. Athey": None,
            "I. Austin": None,
        },
    ),
    Case(
        "a-lower-case-title-before-one-name",
        "Leaders meet in Jakarta\n\n"
        "Philippine president Fidel Ramos thanked Indonesian president Suharto on Saturday, and "
        "rapper Usher sang. The regulator Ofcom and oil giant Shell sent league leaders Arsenal "
        "a letter.\n",
        title="Leaders meet in Jakarta",
        people={
            "Fidel Ramos": "Philippine president",
            "Suharto": "Indonesian president",
            "Usher": "rapper",
        },
    ),
    Case(
        "kings-and-korean-and-chinese-names",
        "Red Cross talks\n\n"
        "North Korean Red Cross president Li Song-ho wrote to his counterpart, Kang Young-hoon. "
        "Hong Kong-based Chen Chun-yeh and Hong Kong-based Hutchison Whampoa welcomed it. "
        "Leopold I, the first king of the Belgians, was remembered; Nigel I think agreed.\n",
        title="Red Cross talks",
        people={
            "Li Song-ho": "North Korean Red Cross president",
            "Kang Young-hoon": "counterpart",
            "Chen Chun-yeh": None,
            "Leopold I": "first king of the Belgians",
            "Nigel": None,  # "Nigel I think agreed": Nigel, not a King Nigel I
        },
    ),
    Case(
        "arabic-articles-in-names-and-named-things-that-look-like-names",
        "Police arrest militants\n\n"
        "Police captured their leader Rami al-Saadani near Cairo, and President Zine al-Abidine "
        "Ben Ali sent a message. Jan Allan Mueller of Red Star watched at White Hart Lane while "
        "the Royal Mail and the Golden Globes were in the news.\n",
        title="Police arrest militants",
        people={
            "Rami al-Saadani": "leader",
            "Zine al-Abidine Ben Ali": "President",
            "Jan Allan Mueller": None,
        },
    ),
    Case(
        "section-labels-after-the-article-are-not-a-sign-off",
        "Mayor opens new bridge\n\n"
        "Published: 12 March 2024\n\n"
        "The mayor, Anna Kowalska, opened the bridge on Tuesday, city officials said.\n\n"
        "Related Articles\nTop Stories\nEditors' Picks\nPhoto Gallery\nTags: bridges, city\n"
        "Breaking News\n",
        published="2024-03-12",
        title="Mayor opens new bridge",
        people={"Anna Kowalska": "mayor"},
    ),
    Case(
        "press-release-with-slashed-wire-and-contact-line",
        "FOR IMMEDIATE RELEASE\n\n"
        "Acme Robotics Appoints Dr. Priya Raman as Chief Technology Officer\n\n"
        "SAN FRANCISCO, Calif., June 3, 2025 /PRNewswire/ -- Acme Robotics today announced the "
        'appointment of Dr. Priya Raman as Chief Technology Officer. "Priya brings deep '
        'expertise," said John Carter, CEO of Acme Robotics. Prime Minister John Major sent '
        "his regards.\n\n"
        "Media contact: Jane Smith, jane@acme.example\n",
        published="2025-06-03",
        source="PRNewswire",
        title="Acme Robotics Appoints Dr. Priya Raman as Chief Technology Officer",
        people={
            "Priya Raman": "Chief Technology Officer",
            "John Carter": "CEO of Acme Robotics",
            "John Major": "Prime Minister",
            "Jane Smith": None,
        },
    ),
    Case(
        "german-dateline-and-source-label",
        "Bundestag beschließt Haushalt\n\n"
        "Berlin, 15.11.2024 – Der Bundestag hat am Freitag den Haushalt beschlossen. Paris, which "
        "hosted the 2024 Olympics, was not mentioned.\n\n"
        "Quelle: dpa\n",
        published="2024-11-15",
        source="dpa",
        title="Bundestag beschließt Haushalt",
    ),
    Case(
        "dates-in-other-languages",
        "Путин провел совещание\n\n"
        "Москва, 24 ноября 2026 года. Президент провел совещание с членами правительства.\n",
        published="2026-11-24",
        title="Путин провел совещание",
    ),
    Case(
        "spanish-date-line",
        "El Gobierno aprueba el presupuesto\n"
        "Madrid, 24 de noviembre de 2026\n\n"
        "El Consejo de Ministros aprobó el martes el proyecto de presupuestos.\n",
        published="2026-11-24",
        title="El Gobierno aprueba el presupuesto",
    ),
    Case(
        "blog-post-with-share-buttons-and-a-business-named-like-a-person",
        "Posted on March 5, 2025 by admin\n\n"
        "Local bakery wins national award\n\n"
        "The Rolling Pin, a family bakery on Main Street, won the national bread award on "
        'Tuesday. Owner Maria Gonzalez said she was "over the moon", and the Marc Dutroux case '
        "was not mentioned. But Chief Secretary to the Treasury Paul Boateng sent flowers.\n\n"
        "Share this:\nFacebook\nTwitter\n",
        published="2025-03-05",
        title="Local bakery wins national award",
        people={
            "Maria Gonzalez": "Owner",
            "Marc Dutroux": None,
            "Paul Boateng": "Chief Secretary to the Treasury",
        },
    ),
    Case(
        "agency-closing-the-dateline-and-a-country-inside-a-title",
        "Azerbaijani FM meets with OSCE chairman\n\n"
        "Baku, November 24, AZERTAC\n\n"
        "Foreign Minister of Azerbaijan Jeyhun Bayramov has met with OSCE Chairman-in-Office, "
        "Maltese Foreign Minister Ian Borg. UN Secretary-General Antonio Guterres sent a message. "
        "Dr. Rachel Herlihy, the state epidemiologist, said the risk remained low.\n",
        source="AZERTAC",
        title="Azerbaijani FM meets with OSCE chairman",
        people={
            "Jeyhun Bayramov": "Foreign Minister of Azerbaijan",
            "Ian Borg": "Maltese Foreign Minister",
            "Antonio Guterres": "UN Secretary-General",
            "Rachel Herlihy": "state epidemiologist",
        },
    ),
    Case(
        "wire-sign-off-with-an-article",
        "Officials confirm second case of bird flu\n\n"
        "DENVER — Colorado health officials on Friday confirmed a second human case.\n\n"
        "— The Associated Press\n",
        source="Associated Press",
        title="Officials confirm second case of bird flu",
    ),
    Case(
        "towns-with-their-state-and-abbreviations-are-not-people",
        "Company opens plants\n\n"
        "The company said the two facilities, one in Cherry Hill, N.J., the other in Plano, "
        "Texas, will open next year, as will a Sino-U.S. Joint venture. J.R.R. Tolkien fans and "
        "Jim Wright, a Texas Democrat, welcomed it.\n",
        title="Company opens plants",
        people={"J.R.R. Tolkien": None, "Jim Wright": "Texas Democrat"},
    ),
    Case(
        "a-line-break-before-a-possessive-country-and-a-bank-as-chairman",
        "SHULTZ IN PEKING\n\n"
        "Chinese leader Deng Xiaoping met visiting U.S. Secretary of State George Shultz\n"
        "China's recent reforms were discussed, according to a telex from committee chairman "
        "Citibank. David Lloyd George was not mentioned, nor was the Lower House.\n",
        title="SHULTZ IN PEKING",
        people={
            "Deng Xiaoping": "Chinese leader",
            "George Shultz": "Secretary of State",
            "David Lloyd George": None,
        },
    ),
    Case(
        "cricket-scorecard",
        "Cricket - Australia v Sri Lanka scoreboard\n\n"
        "Australia innings:\n"
        "S. Law c Tillekeratne b Dharmasena 13\n"
        "M. Bevan c Vaas b Chandana 56\n"
        "S. Waugh b Muralitharan 22\n",
        title="Cricket - Australia v Sri Lanka scoreboard",
        people={
            "S. Law": None,
            "Tillekeratne": None,
            "Dharmasena": None,
            "M. Bevan": None,
            "Vaas": None,
            "Chandana": None,
            "S. Waugh": None,
            "Muralitharan": None,
        },
    ),
    Case(
        "titles-before-common-words-and-shows",
        "Parties prepare for vote\n\n"
        "Campaigning ahead of the General Election began as the election date neared. Viewers of "
        "The Catherine Tate Show and Sacha Baron Cohen's fans watched the Consumer Electronics "
        "Show, said Prime Minister Tony Blair.\n",
        title="Parties prepare for vote",
        people={"Sacha Baron Cohen": None, "Tony Blair": "Prime Minister"},
    ),
    Case(
        "match-report-ending-with-attendance-and-referee",
        "Chelsea 3-2 Liverpool\n\n"
        "Chelsea won the League Cup after extra time on Sunday, with goals from Didier Drogba "
        "and Mateja Kezman.\n\n"
        "Gerrard 79 og, Drogba 107, Kezman 112.\n\n"
        "78,000\n\n"
        "C Thomson\n",
        title="Chelsea 3-2 Liverpool",
        # the referee under the attendance is a person of the report (CoNLL tags referees)
        people={"Didier Drogba": None, "Mateja Kezman": None, "Gerrard": None, "C Thomson": None},
    ),
    Case(
        "baseball-records-in-brackets",
        "Rangers beat Indians\n\n"
        "Ivan Rodriguez homered off Chad Ogea (7-5) in the first inning, and Texas won 4-2.\n",
        title="Rangers beat Indians",
        people={"Ivan Rodriguez": None, "Chad Ogea": None},
    ),
    Case(
        "things-named-after-people",
        "Strike closes airport\n\n"
        "Flights from Charles de Gaulle airport were cancelled on Monday, and the Jesse Owens "
        "memorial race was postponed, said transport minister Anne Hidalgo.\n",
        title="Strike closes airport",
        people={"Jesse Owens": None, "Anne Hidalgo": "transport minister"},
    ),
    Case(
        "site-navigation-above-the-headline",
        "Skip to content\nMenu\nSearch\nHome » World » Europe\n\n"
        "EU leaders agree on new climate targets\n\n"
        "Jane Doe\nTue 5 Nov 2024 06.00 GMT\n\n"
        "BRUSSELS — European Union leaders agreed on Thursday, European Commission President "
        "Ursula von der Leyen said.\n",
        published="2024-11-05",
        title="EU leaders agree on new climate targets",
        people={"Ursula von der Leyen": "European Commission President"},
        authors=["Jane Doe"],
    ),
    Case(
        "azerbaijani-agency-shapes",
        "Azerbaijan, Uzbekistan discuss transport cooperation\n\n"
        "Baku, Azerbaijan, November 24\n\n"
        "By Nargiz Sadikhova - Trend:\n\n"
        "Azerbaijani Minister of Digital Development and Transport Rashad Nabiyev met with Uzbek "
        "Minister of Transport Ilkhom Makhkamov, Trend reports.\n",
        source="Trend",
        title="Azerbaijan, Uzbekistan discuss transport cooperation",
        people={
            "Rashad Nabiyev": "Azerbaijani Minister of Digital Development and Transport",
            "Ilkhom Makhkamov": "Uzbek Minister of Transport",
        },
    ),
    Case(
        "agency-credit-in-the-lede",
        "President receives delegation\n\n"
        "President Ilham Aliyev has received a delegation led by EU Special Representative "
        "Magdalena Grono, APA reports. Traders could face jail, Reuters reported BaFin as "
        "saying.\n",
        source="APA",
        title="President receives delegation",
        people={
            "Ilham Aliyev": "President",
            "Magdalena Grono": "EU Special Representative",
        },
    ),
    Case(
        "masthead-line-and-parliament-names",
        "Report.az\nPolitics\n24 November, 2026 15:27\n\n"
        "Speaker of Milli Majlis Sahiba Gafarova meets with Turkish counterpart\n\n"
        "Speaker of the Milli Majlis Sahiba Gafarova has met with Speaker of the Grand National "
        "Assembly of Türkiye Numan Kurtulmuş.\n",
        published="2026-11-24",
        source="Report.az",
        title="Speaker of Milli Majlis Sahiba Gafarova meets with Turkish counterpart",
        people={
            "Sahiba Gafarova": "Speaker of Milli Majlis",
            "Numan Kurtulmuş": "Speaker of the Grand National Assembly of Türkiye",
        },
    ),
    Case(
        "roles-of-a-community-or-delegation",
        "Independence Day marked in Berlin\n\n"
        "An event was held with Ambassador Nasimi Aghayev, chairwoman of the Azerbaijani "
        "community Ulviyya Mammadova, and German MP Thomas Erndl. The head of the Russian "
        "delegation Ivan Petrov spoke. Matthew Herren told the BBC programme Go Digital about "
        "it.\n",
        source="BBC",  # whom someone spoke to, with no other credit: the last resort
        title="Independence Day marked in Berlin",
        people={
            "Nasimi Aghayev": "Ambassador",
            "Ulviyya Mammadova": "chairwoman of the Azerbaijani community",
            "Thomas Erndl": "German MP",
            "Ivan Petrov": "head of the Russian delegation",
            "Matthew Herren": None,
        },
    ),
    Case(
        "nicknames-in-quotes",
        "Duran returns to the ring\n\n"
        'Panamanian boxing legend Roberto "Hands of Stone" Duran fights on Saturday. Duran hopes '
        'for a rematch against Hector "Macho" Camacho, and fans sang "Return of the Legend".\n',
        title="Duran returns to the ring",
        people={
            'Roberto "Hands of Stone" Duran': None,
            'Hector "Macho" Camacho': None,
        },
    ),
    Case(
        "scorers-with-minutes-and-a-ranked-list",
        "Soccer - Brazil beat Canada\n\n"
        "Scorers:\nBrazil - Giovanni (14th), Marcello Goncalves (55th)\n"
        "Canada - Aunger (41st min, pen)\n\n"
        "The list also included the 1980s toy Tamagotchi (86th).\n",
        title="Soccer - Brazil beat Canada",
        people={"Giovanni": None, "Marcello Goncalves": None, "Aunger": None},
    ),
    Case(
        "headline-standfirst-byline-date",
        "Ministers split over plan to raise the pension age\n"
        "Treasury wants an earlier rise while the work department warns of a backlash from voters\n"
        "Peter Hollins\n"
        "Wed 12 Mar 2025 09.15 GMT\n\n"
        "The chancellor, Rachel Reeves, is pressing for the state pension age to rise to 68 "
        "sooner than planned, officials said on Wednesday.\n",
        published="2025-03-12",
        title="Ministers split over plan to raise the pension age",
        people={"Rachel Reeves": "chancellor"},
        authors=["Peter Hollins"],
    ),
    Case(
        "author-label-with-date-and-reading-time",
        "Port strike ends after pay deal\n"
        "Author: Marta Kowalczyk • September 8, 2024 7:40 AM • 3 min read\n\n"
        "Dock workers in Gdansk returned to work on Sunday after union leader Tomasz Lis "
        "accepted a 9% pay rise.\n\n"
        "Share this article\n",
        published="2024-09-08",
        title="Port strike ends after pay deal",
        people={"Tomasz Lis": "union leader"},
    ),
    Case(
        "posted-by-with-comment-count",
        "Library reopens after flood repairs\n"
        "Posted by editor on June 2, 2023 | 12 Comments\n\n"
        "The Riverside library reopened on Thursday. Librarian Ann Whitaker said the children's "
        "section had been rebuilt.\n",
        published="2023-06-02",
        title="Library reopens after flood repairs",
        people={"Ann Whitaker": "Librarian"},
    ),
    Case(
        "source-line-with-agencies-and-a-fund",
        "Talks resume in Cairo\n\n"
        "Negotiators met again on Monday, said Hassan Darwish, a spokesman for the delegation. "
        "The round was paid for by Lone Pine Capital.\n\n"
        "Source: Al Jazeera and news agencies\n",
        source="Al Jazeera",
        title="Talks resume in Cairo",
        people={"Hassan Darwish": "spokesman for the delegation"},
    ),
    Case(
        "wrapped-first-paragraph-is-no-headline",
        "The family of a farmer killed in the storm\n"
        "by falling power lines won an inquiry, their\n"
        "lawyer said.\n",
        title="The family of a farmer killed in the storm by falling power lines won an inquiry, their lawyer said",
        title_derived=True,
    ),
    Case(
        "byline-with-outlet-and-job-then-updated-line",
        "Senate passes farm bill\n\n"
        "By Maria Delgado, CNN Senior Congressional Correspondent\n"
        "Updated 6:10 PM ET, Thu March 6, 2025\n\n"
        "The Senate passed the farm bill on Thursday. Agriculture Secretary D. Brooke Rollins "
        "welcomed the vote.\n",
        published="2025-03-06",
        source="CNN",
        title="Senate passes farm bill",
        people={"D. Brooke Rollins": "Agriculture Secretary"},
    ),
    Case(
        "time-glued-to-the-year",
        "Bank holds rates steady\n"
        "By Lena Hart\n"
        "March 19, 20252:05 PM GMTUpdated 3 hours ago\n\n"
        "LONDON, March 19 (Reuters) - The Bank of England kept rates on hold on Wednesday.\n",
        published="2025-03-19",
        source="Reuters",
        title="Bank holds rates steady",
    ),
    Case(
        "german-compound-roles",
        "Landtag debattiert Haushalt\n\n"
        "Hannover, 14.05.2025 – Finanzministerin Petra Hoffmann verteidigte den Entwurf. Die "
        "SPD-Fraktionschefin Anja Berger und Oppositionsführer Markus Weil kritisierten ihn.\n\n"
        "Quelle: dpa\n",
        published="2025-05-14",
        source="dpa",
        title="Landtag debattiert Haushalt",
        people={
            "Petra Hoffmann": "Finanzministerin",
            "Anja Berger": "SPD-Fraktionschefin",
            "Markus Weil": "Oppositionsführer",
        },
    ),
    Case(
        "russian-names-and-genitive-titles",
        "Лавров провел переговоры в Анкаре\n\n"
        "Анкара, 12 мая 2025 года – Министр иностранных дел России Сергей Лавров встретился с "
        "главой МИД Турции. Официальный представитель МИД Мария Захарова сообщила об итогах "
        "встречи, передает ТАСС.\n",
        published="2025-05-12",
        source="ТАСС",
        title="Лавров провел переговоры в Анкаре",
        people={
            "Сергей Лавров": "Министр иностранных дел России",
            "Мария Захарова": "Официальный представитель МИД",
        },
    ),
    Case(
        "azerbaijani-dotted-capital-i-and-possessive-titles",
        "Prezident İlham Əliyev Almaniya nümayəndə heyətini qəbul edib\n\n"
        "Bakı, 14 aprel 2025, AZƏRTAC\n\n"
        "Azərbaycan Respublikasının Prezidenti İlham Əliyev aprelin 14-də nümayəndə heyətini "
        "qəbul edib. İqtisadiyyat naziri Mikayıl Cabbarov da görüşdə iştirak edib.\n",
        published="2025-04-14",
        source="AZƏRTAC",
        title="Prezident İlham Əliyev Almaniya nümayəndə heyətini qəbul edib",
        people={"İlham Əliyev": "Prezident", "Mikayıl Cabbarov": "İqtisadiyyat naziri"},
    ),
    Case(
        "acronym-before-a-name-is-an-organisation",
        "Streaming deal agreed\n\n"
        "The film will air on BBC Two next spring, producer Helen Marsh said. Fans can also "
        "message the team on MSN Messenger.\n",
        title="Streaming deal agreed",
        people={"Helen Marsh": "producer"},
    ),
    Case(
        "nav-bar-and-related-headlines-are-not-the-article",
        "Skip to main content\n"
        "Home | World | Politics | Business | Sport\n\n"
        "Bridge closed after barge strike\n\n"
        "By Owen Price | Published 2 April 2025, 10:05\n\n"
        "The Tamar bridge was closed on Wednesday after a barge hit a pillar. Harbourmaster "
        "Julia Penrose said divers would inspect it.\n\n"
        "Related articles\n\n"
        "Mayor Tom Bright opens new ferry terminal\n"
        "Storm Kathleen: Alan Marsh's boatyard flooded\n\n"
        "© 2025 Plymouth Herald. All rights reserved.\n",
        published="2025-04-02",
        source="Plymouth Herald",
        title="Bridge closed after barge strike",
        people={"Julia Penrose": "Harbourmaster"},
    ),
    Case(
        "verbs-are-not-part-of-a-role",
        "Cup final preview\n\n"
        "The club will host Mark Dale, 61, on Saturday. Fans posted on X. Music critic Sara "
        "Lind, replacing actor Tom Vane as compere, praised chief operating officer Ian Moss "
        "and defending champion Ana Ruiz.\n",
        title="Cup final preview",
        people={
            "Mark Dale": None,
            "Sara Lind": "Music critic",
            "Tom Vane": "actor",
            "Ian Moss": "chief operating officer",
            "Ana Ruiz": "defending champion",
        },
    ),
    Case(
        "outlet-credited-in-the-lede",
        "Forum on water security opens in Baku\n\n"
        "Baku hosts an international forum on water security on Monday, Report informs.\n\n"
        "Minister of Ecology Mukhtar Babayev opened the forum.\n",
        source="Report",
        title="Forum on water security opens in Baku",
        people={"Mukhtar Babayev": "Minister of Ecology"},
    ),
    Case(
        "an-outlet-quoted-further-down-is-not-the-source",
        "Harvest losses mount\n\n"
        "Farmers in the south expect the worst harvest in a decade after months without rain "
        "and a late frost.\n\n"
        "Prices for wheat rose by a fifth in a week, Agence France Presse reported.\n",
        title="Harvest losses mount",
    ),
    Case(
        "companies-awards-and-elections-are-not-people",
        "Studio deal announced\n\n"
        "Wayside Attractions and Harbor Light Films bought the film, which won a Bafta. "
        "Producer Nina Hart said the deal was agreed before the General Election, and "
        "Kestrel Motor Manufacturing will sponsor the premiere.\n",
        title="Studio deal announced",
        people={"Nina Hart": "Producer"},
    ),
    Case(
        "works-bands-and-ranks",
        "Weekend listings\n\n"
        "Saving Grace returns to cinemas and La Sonnambula opens at the opera house. "
        "Velvet Sisters play Leeds. Baroness Whitby and Gen Harlan attended, as did "
        "Dutchman Joost Verbeek and Kenyans Daniel Mwangi and Samuel Otieno. Xing Dalun, a "
        "spokesman for the tobacco monopoly, declined to comment.\n",
        title="Weekend listings",
        people={
            "Whitby": None,
            "Harlan": "Gen",  # a rank is the title the article gives
            "Joost Verbeek": None,
            "Daniel Mwangi": None,
            "Samuel Otieno": None,
            "Xing Dalun": "spokesman for the tobacco monopoly",
        },
    ),
    Case(
        "french-byline-label-and-titles",
        "La région lance un plan pour les trains\n\n"
        "Par Luc Morel\n"
        "Publié le 3 avril 2025 à 18h40\n\n"
        "Le Premier ministre Paul Lenoir a présenté jeudi le plan. La ministre des Transports "
        "Claire Fontaine a détaillé les mesures.\n",
        published="2025-04-03",
        title="La région lance un plan pour les trains",
        people={"Paul Lenoir": "Premier ministre", "Claire Fontaine": "ministre des Transports"},
    ),
    Case(
        "spanish-byline-and-titles-after-de",
        "El Gobierno aprueba el plan de agua\n\n"
        "Por Ana Beltrán\n"
        "2 de junio de 2025 - 10:30 CET\n\n"
        "El presidente de la Junta, Luis Ortega, defendió el plan. La consejera de Agricultura, "
        "Marta Gil, explicó las medidas.\n\n"
        "Fuente: EFE\n",
        published="2025-06-02",
        source="EFE",
        title="El Gobierno aprueba el plan de agua",
        people={"Luis Ortega": "presidente de la Junta", "Marta Gil": "consejera de Agricultura"},
    ),
    Case(
        "local-tv-station-byline-colon-and-posted-lines",
        "School board delays vote on start times\n\n"
        "by: Dana Whitlock\n"
        "Posted: Sep 9, 2025 / 06:40 PM CDT\n"
        "Updated: Sep 9, 2025 / 08:12 PM CDT\n\n"
        "PEORIA, Ill. (WMBD) — The Peoria school board postponed its vote on Tuesday.\n\n"
        "Superintendent Raymond Kell said more study was needed. Alderman Gina Ruiz objected.\n",
        published="2025-09-09",
        source="WMBD",
        title="School board delays vote on start times",
        people={"Raymond Kell": "Superintendent", "Gina Ruiz": "Alderman"},
    ),
    Case(
        "short-names-in-brackets-and-the-wa-particle",
        "Obituaries of the week\n\n"
        "Historian Margaret Ann (Peggy) Harlow died on Monday. Prime Minister Kabila wa Mundele "
        "attended the funeral, as did Thomas (T.J.R.) Ashby. Results: Peter Lund (Norway) "
        "Telekom.\n",
        title="Obituaries of the week",
        people={
            "Margaret Ann (Peggy) Harlow": "Historian",
            "Kabila wa Mundele": "Prime Minister",
            "Thomas (T.J.R.) Ashby": None,
            "Peter Lund": None,
        },
    ),
    Case(
        "kings-numbered-i-and-things-after-a",
        "This day in history\n\n"
        "1566 - Queen Margaret I born. 1835 - Ferdinand I became emperor. Nigel I think was "
        "right, said coach Nigel Barker. The novel Anne of a Thousand Nights sold well.\n",
        title="This day in history",
        people={
            "Margaret I": "Queen",
            "Ferdinand I": "emperor",
            # "Nigel I think was right": no king, but Nigel Barker by his given name
            "Nigel Barker": "coach",
        },
    ),
    Case(
        "writer-and-job-under-the-headline-without-by",
        "Councils warn of care funding gap\n"
        "Hannah Greaves Social affairs correspondent\n"
        "Mon 7 Apr 2025 06.00 BST\n\n"
        "Councils in England face a £2bn gap in care funding, their association said. Its "
        "chair, Louise Gittins, called for emergency support.\n",
        published="2025-04-07",
        title="Councils warn of care funding gap",
        people={"Louise Gittins": "chair"},
    ),
    Case(
        "initials-without-full-stops",
        "Leaders meet in Delhi\n\n"
        "Since President Harold K Brant arrived, external affairs minister R Menon and chief "
        "minister P K Iyer have met him twice. Sales of Vitamin C Tablets rose. The table "
        "reads W D L Pts.\n",
        title="Leaders meet in Delhi",
        people={
            "Harold K Brant": "President",
            "R Menon": "external affairs minister",
            "P K Iyer": "chief minister",
        },
    ),
    Case(
        "agency-written-as-it-writes-itself",
        "Acme Robotics raises $40 million\n\n"
        "AUSTIN, Texas--(BUSINESS WIRE)--Acme Robotics today announced a funding round led by "
        "Harbor Capital.\n",
        source="Business Wire",
        title="Acme Robotics raises $40 million",
    ),
    Case(
        "science-news-instruments-are-not-people",
        "Telescope spots ice on a far moon\n\n"
        "Astronomers using the Nancy Grace Roman Space Telescope and the Vera Rubin Observatory "
        "found ice on a distant moon, said Professor Ada Kemp of the University of Leeds.\n",
        title="Telescope spots ice on a far moon",
        people={"Ada Kemp": "Professor"},
    ),
    Case(
        "outlet-domain-opening-the-lede-and-a-title-serving-a-title",
        "Minister meets OSCE envoy\n\n"
        "Baku. 2 June. REPORT.AZ/ Assistant to the President Farid Guliyev met OSCE envoy "
        "Tomas Berg. An adviser to Minister Leyla Karimova attended.\n",
        source="Report.az",
        title="Minister meets OSCE envoy",
        people={
            "Farid Guliyev": "Assistant to the President",
            "Tomas Berg": "OSCE envoy",
            "Leyla Karimova": "Minister",
        },
    ),
    Case(
        "outlet-credited-at-the-start-of-the-lede",
        "Railway talks held in Tbilisi\n\n"
        "News.Az reports citing the transport ministry that Deputy Minister Orkhan Aliyev met "
        "his Georgian counterpart in Tbilisi.\n",
        source="News.Az",
        title="Railway talks held in Tbilisi",
        people={"Orkhan Aliyev": "Deputy Minister"},
    ),
    Case(
        "honorific-full-stop-ends-no-sentence",
        "Harbor Labs names new chief scientist\n\n"
        "Harbor Labs today named Dr. Imani Cole chief scientist. Minister of Health Mr. Dario "
        "Vento welcomed the news.\n",
        title="Harbor Labs names new chief scientist",
        people={"Imani Cole": "chief scientist", "Dario Vento": "Minister of Health"},
    ),
    Case(
        "portfolio-of-two-nouns",
        "Cabinet reshuffle\n\n"
        "The trade and industry secretary, Joan Hartley, met Tom Brack and foreign secretary "
        "Ian Lowe after the whistle and Leeds defender Sam Ode spoke.\n",
        title="Cabinet reshuffle",
        people={
            "Joan Hartley": "trade and industry secretary",
            "Tom Brack": None,
            "Ian Lowe": "foreign secretary",
            "Sam Ode": "Leeds defender",
        },
    ),
    Case(
        "indian-agency-dateline-without-dash-and-edited-by-lines",
        "Bridge opens to traffic\n\n"
        "By Staff Reporter\n"
        "Edited by: Kiran Rao\n"
        "Last Updated: 4 May 2025, 10:30 IST\n\n"
        "Kochi, May 4 (PTI) District Collector Meera Pillai opened the bridge on Sunday.\n",
        published="2025-05-04",
        source="PTI",
        title="Bridge opens to traffic",
        people={"Meera Pillai": "District Collector"},
    ),
    Case(
        "one-paragraph-a-line-without-blank-lines",
        "Council approves new budget for schools\n"
        "The city council approved a new budget on Monday that includes money for school "
        "repairs and a new library for the east side of town.\n"
        "Mayor Jane Holt said the plan was fair.\n",
        title="Council approves new budget for schools",
        people={"Jane Holt": "Mayor"},
    ),
    Case(
        "one-paragraph-a-line-names-end-at-the-line-break",
        "Library plan approved\n"
        "The council approved money for school repairs, a new swimming pool and a new library on "
        "Monday, said Mayor Ruth Cole\n"
        "Officials said the library would open next year, according to council member Dev Rao\n"
        "Parents welcomed the news.\n",
        title="Library plan approved",
        people={"Ruth Cole": "Mayor", "Dev Rao": "council member"},
    ),
    Case(
        "more-on-this-story-lists-other-stories",
        "Ferry service resumes\n\n"
        "The island ferry sailed again on Tuesday, harbourmaster Colin Rhys said.\n\n"
        "More on this story\n\n"
        "Minister Alan Pryce visits the harbour\n"
        "Storm Bert: Nia Evans rescued from cliff\n",
        title="Ferry service resumes",
        people={"Colin Rhys": "harbourmaster"},
    ),
    Case(
        # over the story, "Latest News" labels its section: the one headline under it,
        # followed by the date, is the story's own
        "section-label-above-the-headline",
        "Latest News\n"
        "Fisherman rescued after night adrift off the cape\n"
        "2031-04-26 21:21:50\n\n"
        "PORT ALDER — A fisherman was rescued on Friday after a night adrift, coastguard "
        "officer Mina Drel said.\n\n"
        "He was treated in hospital and released.\n",
        published="2031-04-26",
        title="Fisherman rescued after night adrift off the cape",
        people={"Mina Drel": "coastguard officer"},
    ),
    Case(
        "section-label-then-the-date-above-the-headline",
        "Editors' Pick\n"
        "Posted on April 22, 2031\n\n"
        "Schools stay open amid surge\n\n"
        "Article by\nTomas Verrill\n\n"
        "Schools will stay open through the surge, the ministry said on Thursday, after a "
        "month of falling attendance.\n",
        published="2031-04-22",
        title="Schools stay open amid surge",
    ),
    Case(
        # a rank or office written short is the title the article gives; "Mr" is a courtesy,
        # and "Sen" without its full stop is a name
        "abbreviated-ranks-and-offices-are-roles",
        "Inquiry hears from officers\n\n"
        "The late Sen. Ward Halloran had asked for the inquiry, Lt. Col. Petra Vines told "
        "the committee on Monday. Gov. Rhea Stanton and Mr. Owen Tarrant listened, as did "
        "the economist Amartya Sen. North Dakota Gov. Lise Varga sent a statement.\n",
        title="Inquiry hears from officers",
        people={
            "Ward Halloran": "Sen.",
            "Petra Vines": "Lt. Col.",
            "Rhea Stanton": "Gov.",
            "Owen Tarrant": None,
            "Amartya Sen": "economist",
            "Lise Varga": "Gov.",
        },
    ),
    Case(
        # roles that are no office: a fellow, a resident, a suspect, a relative
        "roles-that-are-no-office",
        "Quay fire inquiry opens\n\n"
        "The fire was no accident, said Jane Ruddock, senior fellow at the Harbour Institute. "
        "Ivo Marsh, a resident of the quay, saw the smoke. The suspect, Dario Pell, was held "
        "overnight, and his father, Anton Pell, said he was innocent. His colleague Mara Fenn "
        "agreed.\n",
        title="Quay fire inquiry opens",
        people={
            "Jane Ruddock": "senior fellow at the Harbour Institute",
            "Ivo Marsh": "resident of the quay",
            "Dario Pell": "suspect",
            "Anton Pell": "father",
            "Mara Fenn": "colleague",
        },
    ),
    Case(
        # a portfolio in lower case before the name; not a clause that runs into it
        "a-lower-case-portfolio-before-the-name",
        "Pipeline talks stall\n\n"
        "The corridor will be shared, minister of ports and fisheries Tomas Alwen told reporters. "
        "Lena Cray, formerly the senior vice president of the firm, succeeds Rob "
        "Anselm.\n",
        title="Pipeline talks stall",
        people={
            "Tomas Alwen": "minister of ports and fisheries",
            "Lena Cray": "formerly the senior vice president of the firm",
            "Rob Anselm": None,
        },
    ),
    Case(
        # full stops of an abbreviation inside an apposition do not end it
        "an-abbreviation-inside-an-apposition",
        "Talks resume\n\n"
        "Talks will resume, said Lina Kadri, a historian of the port at U.K. think-tank "
        "Harbour House. Jon Vale, director at the U.N. agency, agreed.\n",
        title="Talks resume",
        people={
            "Lina Kadri": "historian of the port at U.K. think-tank Harbour House",
            "Jon Vale": "director at the U.N. agency",
        },
    ),
    Case(
        # an office named by a verb, a plural office before a list, an apposition after a dash
        "offices-by-verb-plural-and-dash",
        "Harbour board meets\n\n"
        "The damage was assessed by Mira Lenko, who heads the regional port authority, and "
        "by cabinet ministers Paul Ardent and Suzan Vey. Talks were led by Tomas Brink – a "
        "Danish economist resident in Oslo, officials said. Councillor Ann Marlow, who leads on "
        "housing, agreed.\n",
        title="Harbour board meets",
        people={
            "Mira Lenko": "head of the regional port authority",
            "Paul Ardent": "cabinet minister",
            "Suzan Vey": "cabinet minister",
            "Tomas Brink": "Danish economist resident in Oslo",
            "Ann Marlow": "Councillor",  # "who leads on housing" names no office
        },
    ),
    Case(
        # a verb's object that is a person is the office's; an office the text gives before
        # the name outranks the one a verb names after it
        "offices-by-verb-with-a-person-and-before",
        "Harbour board meets\n\n"
        "The plan was drawn up by Dana Kelso, who advises Mayor Tom Vane on the budget. The "
        "board's deputy leader, Mara Quillon, who heads the finance committee, agreed.\n",
        title="Harbour board meets",
        people={
            "Dana Kelso": "adviser to Mayor Tom Vane on the budget",
            "Tom Vane": "Mayor",
            "Mara Quillon": "board's deputy leader",
        },
    ),
    Case(
        # portfolios listed before the office, commas between them; not a verb's list
        "office-after-listed-portfolios",
        "Harbour board meets\n\n"
        "Dana Kelso, the finance, housing and tourism member of the executive council, "
        "backed the plan. The film, directed by Tom Vane, received best actress, picture and "
        "director nominations.\n",
        title="Harbour board meets",
        people={
            "Dana Kelso": "finance, housing and tourism member of the executive council",
            "Tom Vane": None,
        },
    ),
    Case(
        # a picture's position mark, courtesy titles after a comma, a predicate office, a
        # progressive verb after "who had been"
        "offices-past-marks-courtesies-and-predicates",
        "Regional summit opens\n\n"
        "Prime Minister, Dr the Rt. Hon. Keith Morland greets delegates. Ivan Petrov (R), vice "
        "rector of the state university, spoke first.\n\n"
        "Rafael Soto was an internal affairs lieutenant for the city police. Dana Holt, who "
        "had been sitting on a chair, left early. Three-time prize-winner Ada Lune sang.\n",
        title="Regional summit opens",
        people={
            "Keith Morland": "Prime Minister",
            "Ivan Petrov": "vice rector of the state university",
            "Rafael Soto": "internal affairs lieutenant for the city police",
            "Dana Holt": None,
            "Ada Lune": "Three-time prize-winner",
        },
    ),
    Case(
        # a clergy title is the title the article gives; a courtesy after a rank is not
        "clergy-title-and-a-rank-before-a-courtesy",
        "Conference opens\n\n"
        "The morning session was led by Reverend Dr Amos Delane. Sen. Dr Ray Holt spoke last.\n",
        title="Conference opens",
        people={"Amos Delane": "Reverend", "Ray Holt": "Sen."},
    ),
    Case(
        # a two-word surname joins the person it ends, not another of the same last word; a
        # predicate after "is" gives the office
        "two-word-surname-and-a-predicate-office",
        "Talks go on\n\n"
        "Omar Nadir Salem, a shopkeeper, said prices had doubled. A deal is still possible, Karim "
        "Abu Salem told reporters on Monday.\n\n"
        "Abu Salem is the head of the Harbour Dialogue Group, which arranges such talks.\n",
        title="Talks go on",
        people={
            "Omar Nadir Salem": "shopkeeper",
            "Karim Abu Salem": "head of the Harbour Dialogue Group",
        },
    ),
    Case(
        # a role whose object is a titled person, cut where a phrase brings in another one
        "a-role-s-titled-object-and-another-person-after-it",
        "Inquiry hears aides\n\n"
        "Councillor Ann Okafor opened the inquiry. Lawmakers questioned Jane Roe, a senior "
        "harbour aide to Mayor Tom Pell on Okafor's plan for the quay, on Tuesday.\n",
        title="Inquiry hears aides",
        people={
            "Ann Okafor": "Councillor",
            "Jane Roe": "senior harbour aide to Mayor Tom Pell",
            "Tom Pell": "Mayor",
        },
    ),
    Case(
        # a sentence that opens with an office, however long, set off by commas around the name
        "an-opening-office-before-the-name",
        "Port cooling plan questioned\n\n"
        "The head of the port's engineering centre of excellence, Tala Moyo, says the problem "
        "is the cost of cooling the gas.\n",
        title="Port cooling plan questioned",
        people={"Tala Moyo": "head of the port's engineering centre of excellence"},
    ),
    Case(
        # "PM" written short before a name, not the "PM" of a time before a byline; a role
        # after a possessive
        "a-prime-minister-written-short-and-a-time-s-pm",
        "Talks in the capital\n\nPublished 10 May 2022 01:52 PM\nMara Quist | 10 May 2022\n\n"
        "In what is seen as a snub to the visiting Norland PM Ada Kell, the hosts changed the "
        "agenda. Kell’s Southland counterpart Tom Vane met her on Tuesday.\n",
        title="Talks in the capital",
        published="2022-05-10",
        people={"Ada Kell": "Norland PM", "Tom Vane": "Southland counterpart"},
        authors=["Mara Quist"],
    ),
    Case(
        # what an age describes, and one named as an example of a role
        "an-aged-noun-and-a-role-like-a-name",
        "Fans queue for portraits\n\n"
        "On Monday, 32-year-old admirer Tomas Lind from Harbourtown had a portrait inked. And "
        "when a megastar like Ola Brant sang, fans cheered.\n",
        title="Fans queue for portraits",
        people={"Tomas Lind": "admirer", "Ola Brant": "megastar"},
    ),
    Case(
        # a parliamentary whip is an office
        "a-party-whip",
        "Party rift\n\nThe split has angered Republican Majority Whip Tom Vance, aides said "
        "on Monday.\n",
        title="Party rift",
        people={"Tom Vance": "Republican Majority Whip"},
    ),
    Case(
        # an office before a name the tagger reads as a place: the office names a person
        "an-office-before-a-name-like-places",
        "Apologies offered\n\nDeputy President Dallas Houston offered apologies for any "
        "mistakes on Monday.\n",
        title="Apologies offered",
        people={"Dallas Houston": "Deputy President"},
    ),
    Case(
        # a name that is also a town's, with an office beside it: a person
        "a-name-like-a-town-s-with-an-office-beside-it",
        "Aid to go on\n\nNoboru Sendai, the DHA undersecretary-general, told the meeting "
        "that aid would continue.\n",
        title="Aid to go on",
        people={"Noboru Sendai": "DHA undersecretary-general"},
    ),
    Case(
        # a headline line right above a wire dateline, in a text short enough to look wrapped
        "a-headline-glued-to-a-dateline",
        "Talks resume in Lakeport\nLAKEPORT, March 3 (Kyodo) - Talks on the fishing treaty "
        "resumed on Wednesday, envoy Kenji Sato said.\n",
        published=None,
        source="Kyodo",
        title="Talks resume in Lakeport",
        people={"Kenji Sato": "envoy"},
    ),
    Case(
        # the outlet's name after the headline, and no other credit
        "an-outlet-after-the-headline",
        "Floods hit coastal towns | Island Times\n\nHeavy rain flooded several coastal towns "
        "on Sunday, the disaster agency said.\n\nPrime Minister Ana Lopes visited the area "
        "on Monday.\n",
        source="Island Times",
        title="Floods hit coastal towns",
        people={"Ana Lopes": "Prime Minister"},
    ),
    Case(
        # a republished story credits the outlet it first appeared in, not the one below
        "a-syndication-note",
        "Why bees are vanishing\n\nScientists say pesticides and habitat loss are to blame for "
        "the fall in bee numbers, said Professor Alan Marsh.\n\nThis article was originally "
        "published on The Garden Review. Read the original article.\n\n"
        "Sign up for the Harbour Courier newsletter.\n",
        source="The Garden Review",
        title="Why bees are vanishing",
        people={"Alan Marsh": "Professor"},
    ),
    Case(
        # the outlet asking readers to sign up for its newsletter, and a staff byline
        "a-newsletter-sign-up",
        "Council shuts library branch\n\nThe council voted 5-2 on Tuesday to close the Elm "
        "Street branch, councillor Mary Dobbs said.\n\n"
        "Sign up for the Riverton Courier newsletter to get local news in your inbox.\n",
        source="Riverton Courier",
        title="Council shuts library branch",
        people={"Mary Dobbs": "councillor"},
    ),
    Case(
        "a-posted-by-staff-byline",
        "Fire destroys warehouse\nPosted by Valley Herald Staff on June 3, 2020\n\nA fire "
        "destroyed a warehouse on Route 9 early Wednesday, fire chief Dan Ortiz said.\n",
        published="2020-06-03",
        source="Valley Herald",
        title="Fire destroys warehouse",
        people={"Dan Ortiz": "fire chief"},
    ),
    Case(
        # the writer and the outlet on one header line, a comma between
        "a-writer-comma-outlet-line",
        "Ferry fares to rise\nJane Rowe, Harbour Post\nMarch 3, 2022\n\nFerry fares will rise "
        "by a tenth from April, the operator's chief executive Tom Reyes said on Thursday at "
        "a meeting with traders.\n",
        published="2022-03-03",
        source="Harbour Post",
        title="Ferry fares to rise",
        people={"Tom Reyes": "operator's chief executive"},
        authors=["Jane Rowe"],
    ),
    Case(
        # "Special to" before the outlet under a byline: the outlet alone is the source
        "a-special-to-line",
        "Ferry fares to rise\nBy Jane Rowe\nSpecial to The Harbour Post\n\nFerry fares will "
        "rise by a tenth from April, said Tom Reyes, who runs the operator.\n",
        source="The Harbour Post",
        title="Ferry fares to rise",
        people={"Tom Reyes": None},
        authors=["Jane Rowe"],
    ),
    Case(
        # section labels above the headline are no part of a role; a writer's job after the
        # byline's comma is no outlet
        "section-labels-and-a-writer-s-job",
        "Sport\nFootball\nVeteran striker Tomas Berg retires after 18 seasons\n"
        "By Olivia Grant, Sports Reporter\n14:32, 5 Jun 2021\n"
        "Veteran striker Tomas Berg has announced his retirement at the age of 38, telling the "
        "club's website he was proud of every minute.\n"
        "Manager Pep Alvarez paid tribute, calling Berg a model professional.\n",
        published="2021-06-05",
        source=None,
        title="Veteran striker Tomas Berg retires after 18 seasons",
        people={"Tomas Berg": "Veteran striker", "Pep Alvarez": "Manager"},
        authors=["Olivia Grant"],
    ),
    Case(
        "an-outlet-before-the-writer-s-job",
        "Ferry fares to rise\nBy Jane Rowe, Harbour Post Reporter\n\nFerry fares will rise by "
        "a tenth from April, said Tom Reyes, who runs the operator.\n",
        source="Harbour Post",
        title="Ferry fares to rise",
        people={"Tom Reyes": None},
        authors=["Jane Rowe"],
    ),
    Case(
        # a capitalised particle that ends a name is a surname; a dateline's dash is no part
        # of the role after it
        "a-surname-like-a-particle",
        "Flood relief\n\nGUWAHATI - Chief minister Ravi Das on Tuesday chaired a meeting "
        "on flood relief, officials said. Das said help was on its way.\n",
        title="Flood relief",
        people={"Ravi Das": "Chief minister"},
    ),
    Case(
        "a-dateline-dash-before-an-office",
        "Arrests near\n\nPORT ELLEN - Police Minister Bheki Ndlovu says arrests are imminent "
        "after Sunday's shooting.\n",
        title="Arrests near",
        people={"Bheki Ndlovu": "Police Minister"},
    ),
    Case(
        # a courtesy title is no part of the name; the outlet asks to be followed at the end
        "a-courtesy-title-and-a-follow-line",
        "Market fire probe\n\nThe chairman of the traders' association, Alhaji Musa Bello, "
        "thanked the government on Monday.\n\nFollow The Harbour Informer on Facebook\n",
        source="The Harbour Informer",
        title="Market fire probe",
        people={"Musa Bello": "chairman of the traders' association"},
    ),
    Case(
        # a section between the headline and the outlet's name
        "a-section-and-an-outlet-after-the-headline",
        "Library to close after 90 years | Local News | Riverton Courier\n\nThe council voted "
        "on Tuesday to close the Elm Street branch, said councillor Mary Dobbs.\n",
        source="Riverton Courier",
        title="Library to close after 90 years",
        people={"Mary Dobbs": "councillor"},
    ),
    Case(
        # an organisation's whole name before the office, its "of" and a verb-like word
        # ("Fire") inside it; a verb before it is no part of the role
        "an-organisation-named-before-an-office",
        "Bushfire nears Kestrel Valley\n\nRural Fire Service incident controller Brett "
        "Maddox said crews held the line overnight.\n\nHarbour Chamber of Commerce chief "
        "executive Anna Pell said shops would stay open. The blaze will test Friends of the "
        "Earth campaigner Lou Tarrant, who joined volunteers, and locals praise ex-Kestrel "
        "Council planning chief Tom Rudd. Their club may sign Kestrel Rovers striker Dan Colley "
        "and legendary Harbour Radio presenter Ivy Marr.\n",
        title="Bushfire nears Kestrel Valley",
        people={
            "Brett Maddox": "Rural Fire Service incident controller",
            "Anna Pell": "Harbour Chamber of Commerce chief executive",
            "Lou Tarrant": "Friends of the Earth campaigner",
            "Tom Rudd": "ex-Kestrel Council planning chief",
            "Dan Colley": "Kestrel Rovers striker",
            "Ivy Marr": "legendary Harbour Radio presenter",
        },
    ),
    Case(
        # trafilatura's block copied without its "---" rules: still the page's own statements
        "a-metadata-block-without-its-rules",
        "title: Floods close schools across the north\nauthor: Dana Kelso; Tom Vane\n"
        "url: https://www.harbourledger.example/news/floods-close-schools\n"
        "hostname: harbourledger.example\nsitename: Harbour Ledger\ndate: 2022-07-11\n\n"
        "Heavy rain forced 200 schools to close on Monday, officials said.\n\n"
        "Meteorologist Sana Iqbal warned that more rain was expected.\n",
        published="2022-07-11",
        source="Harbour Ledger",
        title="Floods close schools across the north",
        people={"Sana Iqbal": "Meteorologist"},
        authors=["Dana Kelso", "Tom Vane"],
    ),
    Case(
        # a block with no title field: the headline is the first line under it, not "url: …"
        "a-metadata-block-without-a-title",
        "---\nurl: https://harbourpost.example/news/ferry-fares\nhostname: harbourpost.example\n"
        'date: "2019-08-20"\n---\nFerry fares to rise in April, the operator says\n\n'
        "Fares on the island ferries will rise by 6 percent in April, the operator said on "
        "Tuesday.\n\nHarbour councillor Mara Quillon called the rise unfair to commuters.\n",
        published="2019-08-20",
        source="Harbour Post",
        title="Ferry fares to rise in April, the operator says",
        people={"Mara Quillon": "Harbour councillor"},
    ),
    Case(
        # an occupation known by its ending, before a courtesy title; an age no one reaches
        "an-occupation-before-a-courtesy-title",
        "Mill fire | Business\n\nA fire destroyed the 200-year-old Albert Mill in Kestrel "
        "Falls on Saturday.\n\nHydrologist Dr. Hamid Sattar said the river had saved the "
        "town. Mill owner Beatrice Lund said she was heartbroken.\n",
        title="Mill fire",
        people={"Hamid Sattar": "Hydrologist", "Beatrice Lund": "Mill owner"},
    ),
    Case(
        # a section's label after the headline, where no outlet's name follows it
        "a-section-label-after-the-headline",
        "Tech firm cuts 1,200 jobs | Business\nKestrel Post\n04/11/2023\n\nHarbour Systems "
        "will cut 1,200 jobs, chief executive Nadia Rahman said on Tuesday.\n",
        published="2023-04-11",
        title="Tech firm cuts 1,200 jobs",
        people={"Nadia Rahman": "chief executive"},
    ),
    Case(
        # the byline's one word is the masthead's short name: the masthead's whole name
        "a-staff-byline-naming-the-masthead-short",
        "Kestrel Times\nThursday, 12 January 2023\nEx-minister jailed for 7 years over land "
        "deal\nA former lands minister was on Wednesday sentenced to seven years in prison "
        "for taking bribes.\nHis lawyer, Peter Otieno, said his client would appeal.\n"
        "By TIMES REPORTER\n",
        published="2023-01-12",
        source="Kestrel Times",
        title="Ex-minister jailed for 7 years over land deal",
        people={"Peter Otieno": "lawyer"},
    ),
    Case(
        # a section's desk credits no outlet; "Aunty" is a courtesy, not a given name
        "a-desk-byline-and-an-aunty",
        "Local boxer wins national title\n08 Aug 2021\nBy Sports Desk\nKofi Mensah-Bonsu won "
        "the middleweight title on Saturday, beating defending champion Rick Dalton.\n"
        "His trainer, Aunty Grace Osei, said the win was years in the making.\n",
        published="2021-08-08",
        title="Local boxer wins national title",
        people={
            "Kofi Mensah-Bonsu": None,
            "Rick Dalton": "defending champion",
            "Grace Osei": "trainer",
        },
    ),
    Case(
        # "From" and an outlet's name under the headline, no colon
        "from-an-outlet-under-the-headline",
        "Climate talks end without deal\nFrom Quay Radio News\nPublished: 19:04, 18 November "
        "2022\nClimate talks ended without agreement on Friday.\nActivist Nomvula Dlamini, "
        "19, said young people had been betrayed.\n",
        published="2022-11-18",
        source="Quay Radio News",
        title="Climate talks end without deal",
        people={"Nomvula Dlamini": "Activist"},
    ),
    Case(
        # the outlet signing off under a short last sentence
        "an-outlet-under-a-short-last-sentence",
        "Police name victim of river drowning\nSaturday 1 July 2023 7:45 am\nPolice have "
        "named the man who drowned in the river on Thursday as Liam Doyle, 24, of Quayside.\n"
        "Detective Inspector Sarah Whitfield said there was nothing suspicious.\nQuay Courier\n",
        published="2023-07-01",
        source="Quay Courier",
        title="Police name victim of river drowning",
        people={"Liam Doyle": None, "Sarah Whitfield": "Detective Inspector"},
    ),
    Case(
        # an archive picture's caption over a wire story: its date, sentence and
        # photographer are not the story's; a place ending in "Falls" is no person
        "a-wire-archive-caption-over-the-story",
        "FILE - Kestrel Falls Mayor Gerald Hume speaks at a news conference, Jan. 5, 2023, in "
        "Kestrel Falls. (AP Photo/Rob Lister, File)\nKESTREL FALLS (AP) — The mayor of "
        "Kestrel Falls resigned Tuesday after an inquiry into his expenses.\nHis deputy, "
        "Sandra Okafor, will act as mayor until an election in May.\n",
        source="AP",
        title="The mayor of Kestrel Falls resigned Tuesday after an inquiry into his expenses",
        title_derived=True,
        people={"Gerald Hume": "Kestrel Falls Mayor", "Sandra Okafor": "deputy"},
    ),
    Case(
        # a verb in the past and its object after a name set off by commas: the sentence's
        # predicate, not an apposition; a description with no object after it is one
        "a-past-verb-and-its-object-after-a-name",
        "Delegation costs explained\nThe spokesman said the mayor's daughter, Mara Quillon, "
        "joined his delegation in her official capacity and not as a family member.\n"
        "Its treasurer, Tom Vane, retired teacher and council member, said the costs were met.\n",
        title="Delegation costs explained",
        people={
            "Mara Quillon": "mayor's daughter",
            "Tom Vane": "retired teacher and council member",
        },
    ),
    Case(
        # a role ends where a clause of its own starts: a subject, a modal, a second verb of
        # the name's, where the words were said; a conjunction or "with" after the comma, or a
        # work's title with a capital "A", opens no apposition
        "a-role-ends-where-a-clause-starts",
        "Harbour cup draw\nSecond seed Tom Vane, the player he beat in the final, waits.\n"
        "Replacing Dana Kelso as club captain will be straightforward, the coach said.\n"
        "Councillor Mara Quillon, who is a member of the harbour board and was part of the "
        "inquiry, spoke first.\nOskan Verdu, chief secretary to the council in a statement, "
        "agreed.\nThe goal came from Tarin Kestovic, but the referee had already blown.\n"
        "A film about the life of singer Abel Marr, A Quiet Harbour will open the festival.\n"
        "Backers say they list former council leader Mara Quent among them; the actor will play "
        "cult leader Tom Quillon.\nThe 25-year-old shocked Ivo Marrant in the final. After the "
        "first final, lost to Lena Brask (in 2002), he sang Hale Bray songs.\n"
        "Edda Wint — an effective mayor for the harbour, and a reformer.\n"
        "Nell Ostrand won best actress for her role as Mira Tallis. Critics describe Tom Lanner as "
        '"an artist I admire, miss and respect". Pim Arlo was named player of the year by the '
        "Harbour Tennis Club on Monday. The city freed Ossi Varn, a harbour partisan seized by "
        "the Navy during the war.\n",
        title="Harbour cup draw",
        people={
            "Tom Vane": "player",
            "Dana Kelso": "club captain",
            "Mara Quillon": "member of the harbour board",
            "Oskan Verdu": "chief secretary to the council",
            "Tarin Kestovic": None,
            "Abel Marr": "singer",
            "Mara Quent": "former council leader",
            "Tom Quillon": "cult leader",
            "Ivo Marrant": None,
            "Lena Brask": None,
            "Hale Bray": None,
            "Edda Wint": "effective mayor for the harbour",
            "Nell Ostrand": None,
            "Mira Tallis": None,
            "Tom Lanner": "artist",
            "Pim Arlo": "player of the year",
            "Ossi Varn": "harbour partisan",
        },
    ),
    Case(
        # the owner's whole name before its possessive; an age between the name and "is" or
        # "who was"; how an office was won is no part of it; a passive verb is no role
        "an-owner-s-name-an-age-and-a-passive",
        "Rates rise\nHarbour Savings Bank's chief economist Dana Kelso said rates would rise.\n"
        "Tom Vane, 52, is the owner of a bakery in Quaytown.\nMara Quillon, who was elected "
        "mayor in 2020, agreed.\nJohn Marsh, 21, was recently crowned player of the year by "
        "both his peers and the league.\nJane Marsh MP spoke first. Ruth Quent MP spoke next; "
        "Ms Quent, a housing minister, was booed. John Darrow, a 45-year-old teacher, and Tom "
        "Quint, U.S. ambassador to the U.N., listened.\nMara Dunne, who plays for Quaytown, "
        "and Ivo Lanner, who taught at Quaytown University in the 1990s, were there too.\n",
        title="Rates rise",
        people={
            "Dana Kelso": "Harbour Savings Bank's chief economist",
            "Tom Vane": "owner of a bakery in Quaytown",
            "Mara Quillon": "mayor",
            "John Marsh": None,
            "Jane Marsh": "MP",
            "Ruth Quent": "housing minister",
            "John Darrow": "45-year-old teacher",
            "Tom Quint": "U.S. ambassador to the U.N.",
            "Mara Dunne": "player for Quaytown",
            "Ivo Lanner": "teacher at Quaytown University",
        },
    ),
    Case(
        # a reading time between the header's date and the headline; a shipping line
        "a-reading-time-over-the-headline",
        "Kestrel Post\nDana Kelso\nMon, March 4, 2024 at 3:04 PM GMT+1\n2 min read\n"
        "Harbour port strike enters second week\nDockworkers at Harbour port extended their "
        "strike into a second week on Monday, leaving ships offshore.\nAll ferries were "
        "cancelled, operator Quay Lines said. Union leader Marcus Obi said members would "
        "stay out.\n",
        published="2024-03-04",
        source="Kestrel Post",
        title="Harbour port strike enters second week",
        people={"Marcus Obi": "Union leader"},
        authors=["Dana Kelso"],
    ),
    Case(
        # the site's name after a middle dot
        "a-site-after-a-middle-dot",
        "Council approves budget · Kestrel Post\n"
        "Harbour council approved a new budget on Tuesday, including a rise in council tax.\n"
        "Council leader Abdul Karim said the rise was needed to protect social care.\n"
        "",
        source="Kestrel Post",
        title="Council approves budget",
        people={"Abdul Karim": "Council leader"},
    ),
    Case(
        # "Written by" a writer for the outlet
        "written-by-a-writer-for-an-outlet",
        "Council approves budget\nWritten by Dana Kelso for the Harbour Herald\n"
        "Harbour council approved a new budget on Tuesday, including a rise in council tax.\n"
        "Council leader Abdul Karim said the rise was needed to protect social care.\n"
        "",
        source="Harbour Herald",
        title="Council approves budget",
        people={"Abdul Karim": "Council leader"},
        authors=["Dana Kelso"],
    ),
    Case(
        # a station's masthead with its channel, over a short headline
        "a-channel-number-in-the-masthead",
        "KQX 12 News\nCouncil approves budget\n"
        "Harbour council approved a new budget on Tuesday, including a rise in council tax.\n"
        "Council leader Abdul Karim said the rise was needed to protect social care.\n"
        "",
        source="KQX 12 News",
        title="Council approves budget",
        people={"Abdul Karim": "Council leader"},
    ),
    Case(
        # the list under the story is headed by the site's name
        "more-from-the-outlet-under-the-story",
        "Council approves budget\n"
        "Harbour council approved a new budget on Tuesday, including a rise in council tax.\n"
        "Council leader Abdul Karim said the rise was needed to protect social care.\n"
        "More from Kestrel Post\nPort strike ends\nFerry fares rise\n",
        source="Kestrel Post",
        title="Council approves budget",
        people={"Abdul Karim": "Council leader"},
    ),
    Case(
        # the letters page's note names the paper
        "the-outlet-welcomes-letters",
        "Council approves budget\nMarch 5, 2024\n"
        "Harbour council approved a new budget on Tuesday, including a rise in council tax.\n"
        "Council leader Abdul Karim said the rise was needed to protect social care.\n"
        "The Harbour Herald welcomes letters to the editor.\n",
        published="2024-03-05",
        source="The Harbour Herald",
        title="Council approves budget",
        people={"Abdul Karim": "Council leader"},
    ),
    Case(
        # a media group's one-word name is not cut to that word
        "a-media-group-holds-the-copyright",
        "Council approves budget\n"
        "Harbour council approved a new budget on Tuesday, including a rise in council tax.\n"
        "Council leader Abdul Karim said the rise was needed to protect social care.\n"
        "© Copyright 2023 Kestrel Media Group. All rights reserved.\n",
        source="Kestrel Media Group",
        title="Council approves budget",
        people={"Abdul Karim": "Council leader"},
    ),
    Case(
        # the page's address printed under its headline; an occupation that was missing
        "an-address-under-the-headline",
        "Challenger leads in final poll | Kestrel Post\n"
        "https://kestrelpost.example/politics/2024/03/07/challenger-leads\n"
        "Amira Haddad leads the governor by four points in the final poll before Tuesday's "
        "vote, a lead that has held for most of the campaign.\n"
        "Pollster Ben Acheson said turnout among young voters would decide the race.\n",
        published="2024-03-07",
        source="Kestrel Post",
        title="Challenger leads in final poll",
        people={"Amira Haddad": None, "Ben Acheson": "Pollster"},
    ),
    Case(
        # a lone place's name after "in" before ", the official said"; colleagues' reports
        "a-place-before-the-official-said",
        "Two held for cheating investors\nUpdated: Jan 5, 2024, 10:14 IST\nPolice have "
        "arrested two men for cheating investors by promising high returns, an official said on "
        "Friday.\nThe accused, Rakesh Mehta and Sunil Patil, ran a fake trading firm in "
        "Andheri, the official said.\nInspector Sandeep Kadam said more victims were likely "
        "to come forward.\n—With reports from Juan Dela Cruz\n",
        published="2024-01-05",
        title="Two held for cheating investors",
        people={"Rakesh Mehta": None, "Sunil Patil": None, "Sandeep Kadam": "Inspector"},
        authors=["Juan Dela Cruz"],
    ),
    Case(
        # "Read more from" the outlet, a list's heading under the story
        "read-more-from-the-outlet",
        "Minister defends school meals cut\nFriday 3 March 2023 14:22, UK\nEducation minister "
        "Nick Harlow has defended cuts to free school meals, saying the budget was under "
        "enormous pressure.\nRead more from Kestrel Radio:\nTeachers vote to strike\n",
        published="2023-03-03",
        source="Kestrel Radio",
        title="Minister defends school meals cut",
        people={"Nick Harlow": "Education minister"},
    ),
    Case(
        # an archive's banner over an old story, then its headline
        "an-archive-banner-over-the-headline",
        "This article is more than 2 years old\nHarbour wall to be rebuilt before winter\n"
        "Wed 6 Oct 2021 17.03 BST\nThe harbour wall at Kestrel Bay will be rebuilt before the "
        "winter storms, the council said on Wednesday.\nEngineer Tomasz Nowak said the work "
        "would take eight weeks.\n",
        published="2021-10-06",
        title="Harbour wall to be rebuilt before winter",
        people={"Tomasz Nowak": "Engineer"},
    ),
    Case(
        # a consent box over the page: no headline, no summary
        "a-consent-box-over-the-page",
        "We value your privacy\nWe and our partners use cookies to personalise content. By "
        "clicking Accept all you agree.\nAccept all\nManage preferences\nFloods force "
        "hundreds from homes\nBy Tom Vane, Harbour Herald\n12 January 2024\nHundreds of "
        "residents were moved from their homes on Friday as the river burst its banks.\n"
        "Fire officer Lena Brooks said crews had rescued 40 people by boat.\n",
        published="2024-01-12",
        source="Harbour Herald",
        title="Floods force hundreds from homes",
        people={"Lena Brooks": "Fire officer"},
        authors=["Tom Vane"],
    ),
    Case(
        # a section's label before the headline
        "a-section-label-before-the-headline",
        "Opinion | Why the harbour deal stinks\nBy Priya Ostrowski\nMarch 5, 2024\nThe deal "
        "struck between the mayor and a developer is a betrayal of the people who elected him, "
        "and councillors must now say so.\nMayor Carl Rudd has questions to answer.\n",
        published="2024-03-05",
        title="Why the harbour deal stinks",
        people={"Carl Rudd": "Mayor"},
        authors=["Priya Ostrowski"],
    ),
    Case(
        # a place's kicker over a headline wrapped over two lines, the writer's name alone
        # over the date under it
        "a-kicker-over-a-wrapped-headline",
        "Harbour City\nMayor faces calls to quit\nover land deal\nTom Vane\nMarch 6, 2024\n"
        "Opposition councillors called on Mayor Carl Rudd to resign on Wednesday after "
        "documents showed he had agreed to sell public land before a council vote.\n",
        published="2024-03-06",
        title="Mayor faces calls to quit over land deal",
        people={"Carl Rudd": "Mayor"},
        authors=["Tom Vane"],
    ),
    Case(
        # what the page's headline is of ("WATCH:"), before it
        "a-media-label-before-the-headline",
        "WATCH: Mayor refuses to answer questions on land deal\nMarch 6, 2024\n"
        "Mayor Carl Rudd walked away from reporters on Wednesday when asked about the sale of "
        "public land to a developer.\n",
        published="2024-03-06",
        title="Mayor refuses to answer questions on land deal",
        people={"Carl Rudd": "Mayor"},
    ),
    Case(
        # a road named after a person, a drink named after its maker: neither is a person
        "a-road-and-a-drink-named-after-people",
        "Road closures for marathon weekend\n\nNelson Mandela Drive will be closed from 6am "
        "on Sunday for the Harbour City Marathon, police said.\n\nRace director Simone "
        "Achterberg said 12,000 runners had entered. The race is sponsored by Johnnie Walker "
        "Whisky.\n",
        title="Road closures for marathon weekend",
        people={"Simone Achterberg": "Race director"},
    ),
    Case(
        # the writer's bio and "More by" her under the story: the writer and her outlet
        "a-writer-s-bio-and-more-by-her",
        "Ferry operator fined over crash\nA ferry operator has been fined £200,000 after one of "
        "its boats hit a pier in Kestrel Bay, injuring nine passengers.\nJudge Helen Marsh "
        "said the company had ignored repeated warnings.\nDana Kelso is the Harbour Herald's "
        "courts reporter. Follow her on X.\nMore by Dana Kelso\nCourt hears of ferry "
        "captain's final call\nHarbour pier to reopen\n",
        source="Harbour Herald",
        title="Ferry operator fined over crash",
        people={"Helen Marsh": "Judge"},
        authors=["Dana Kelso"],
    ),
    Case(
        # a producer's credit beside the reporter's
        "a-producer-s-credit",
        "Ferry operator fined over crash\nA ferry operator has been fined £200,000 after one of "
        "its boats hit a pier in Kestrel Bay, injuring nine passengers.\nPassenger Ruth Ng, "
        '34, said outside court: "Justice has been done."\nReporter: Dana Kelso | Producer: '
        "Tom Vane\n",
        title="Ferry operator fined over crash",
        people={"Ruth Ng": "Passenger"},
        authors=["Dana Kelso"],
    ),
    Case(
        # a print edition's copy: masthead, date, headline, standfirst, the writer in capitals
        "a-print-edition-s-byline-in-capitals",
        "Harbour Herald\n7 Mar 2024\nPort strike ends after deal on pay\nUnion hails victory as "
        "dockworkers return\nDANA KELSO\nDockworkers at Harbour port returned to work "
        "yesterday after their union accepted a 7% pay rise, ending a nine-day strike.\n"
        "Union leader Marcus Obi said the deal was a victory for every worker on the quay.\n",
        published="2024-03-07",
        source="Harbour Herald",
        title="Port strike ends after deal on pay",
        people={"Marcus Obi": "Union leader"},
        authors=["Dana Kelso"],
    ),
    Case(
        # the outlet's name and its tagline under the headline: the outlet, not the tagline
        "an-outlet-and-its-tagline",
        "Council approves budget\nHarbour Herald | Quay City's trusted news\nHarbour council "
        "approved a new budget on Tuesday, including a rise in council tax.\nCouncil leader "
        "Abdul Karim said the rise was needed to protect social care.\n",
        source="Harbour Herald",
        title="Council approves budget",
        people={"Abdul Karim": "Council leader"},
    ),
    Case(
        # a print copy in capitals: the headline, the writer, then the paper and the day
        "a-print-copy-in-capitals",
        "PORT STRIKE ENDS AFTER DEAL ON PAY\nDANA KELSO\nHARBOUR HERALD, 7 MARCH 2024\n"
        "Dockworkers at Harbour port returned to work on Thursday after their union accepted "
        "a 7% pay rise, ending a strike that had lasted nine days.\nUnion leader Marcus Obi "
        "said the deal was a victory for every worker on the quay.\n",
        published="2024-03-07",
        source="HARBOUR HERALD",
        title="PORT STRIKE ENDS AFTER DEAL ON PAY",
        people={"Marcus Obi": "Union leader"},
        authors=["Dana Kelso"],
    ),
    Case(
        # a verb's particle before an office is the sentence's, not the role's
        "a-particle-before-an-office",
        "Harbour Rovers held to a draw\n\nHarbour Rovers drew 1-1 with Kestrel City on "
        "Saturday. A late penalty came after defender Ray Quinlan tripped up captain Tom Vane "
        "in the box, and the referee sent off midfielder Ollie Brandt.\n",
        title="Harbour Rovers held to a draw",
        people={
            "Ray Quinlan": "defender",
            "Tom Vane": "captain",
            "Ollie Brandt": "midfielder",
        },
    ),
    Case(
        # a clause after an office is no part of it: "after", "because", "but" start one
        "a-clause-after-an-office",
        "Minister quits over emails\n\nEllen Ashby resigned as trade minister after leaked "
        "emails showed she pressed officials to favour a friend's firm. Tom Vane quit as "
        "chief executive of the port because of ill health. Dana Kelso is a capable deputy but when it "
        "comes to the budget she defers to the council.\n",
        title="Minister quits over emails",
        people={
            "Ellen Ashby": "trade minister",
            "Tom Vane": "chief executive of the port",
            "Dana Kelso": "capable deputy",
        },
    ),
    Case(
        # a dataset row that opens with its byline, no headline line: a reader's name under
        # the comments heading is neither the headline nor a person of the story
        "a-commenter-under-a-row-without-a-headline",
        "By . Kestrel Post Reporter . PUBLISHED: . 09:12 EST, 4 March 2024 . The ferry "
        "service to Quaytown will resume on Monday after a three-week strike, the operator "
        "said. Union leader Dana Kelso said the members had voted to accept a pay rise of 5 "
        "percent. Passengers had faced long detours during the strike. The operator said "
        "timetables would return to normal by the end of the week.\n\nComments\nPeter "
        "Orrinam\n2 hours ago\nGreat story, thanks.\n",
        published="2024-03-04",
        source="Kestrel Post",
        people={"Dana Kelso": "Union leader"},
    ),
    Case(
        # a colleague's credit on a line of its own, even above the story's end
        "a-contributed-line-under-the-headline",
        "Ferry strike ends after three weeks\n\nMara Quillon contributed to this report.\n\n"
        "QUAYTOWN — The ferry service to Quaytown will resume on Monday after a three-week "
        "strike, the operator said.\n\nUnion leader Dana Kelso said members had voted to "
        "accept a pay rise of 5 percent.\n\n"
        # a long story: the credit stands far above its last lines
        + "".join(
            f"On day {day} of the strike, passengers waited for hours at the quay while the "
            "few boats that sailed were full long before they left.\n\n"
            for day in range(1, 22)
        ),
        title="Ferry strike ends after three weeks",
        people={"Dana Kelso": "Union leader"},
        authors=["Mara Quillon"],
    ),
    Case(
        # offices and jobs of provincial government, police, legislatures and prisons
        "offices-of-provinces-police-and-prisons",
        "Storm damage to cost millions\n\nMEC for Roads and Transport, Dana Kelso, said the "
        "bridge would reopen in May. Chief Constable Tom Vane said the road stayed closed, and "
        "Assemblywoman Mara Quillon called for an inquiry. The prison warden, Corin Halloway, "
        "said the inmates were calm.\n",
        title="Storm damage to cost millions",
        people={
            "Dana Kelso": "MEC for Roads and Transport",
            "Tom Vane": "Chief Constable",
            "Mara Quillon": "Assemblywoman",
            "Corin Halloway": "prison warden",
        },
    ),
    Case(
        # a quantifier counts the people and is no part of the role; a band's name is
        "one-witness-another-shopper",
        "Flood waters rise in Quaytown\n\nOne witness, Dana Kelso, said the water rose fast. "
        "Police spoke to another shopper, Mara Quillon, who was angry. Each winner, Tom Vane, "
        "got a prize. One Direction singer Ivo Lanner sang. One viewer, Oskan Verdu, complained.\n",
        title="Flood waters rise in Quaytown",
        people={
            "Dana Kelso": "witness",
            "Mara Quillon": "shopper",
            "Tom Vane": "winner",
            "Ivo Lanner": "One Direction singer",
            "Oskan Verdu": "viewer",
        },
    ),
    Case(
        # a paper of record's page: labels to find one's way, a sponsor's label and the print
        # edition's link over the headline, three writers and where they reported from between
        # the byline and the date, a photographer's credit under the caption, the owner
        # company's copyright (the page writes the paper's name with its "The")
        "a-paper-of-record-s-page",
        "Skip to content\nSkip to site index\nSearch & Section Navigation\nWorld\n"
        "The Kestrel Post\nToday's Paper\nAdvertisement\nSupported by\n"
        "Harbour ferry fares to rise in spring\nShare full article\nLearn more\n"
        "By Dana Kelso, Tom Vane and Mara Quillon\n"
        "Dana Kelso reported from Quaytown, and Tom Vane and Mara Quillon from Harbour City.\n"
        "March 5, 2024, 3:45 p.m. ET\nPassengers queued at the quay on Monday.\n"
        "Credit...Ivo Lanner for The Kestrel Post\n\n"
        "Ferry fares between Quaytown and Harbour City will rise by a tenth in April, the "
        "operator said on Tuesday, blaming the price of fuel.\n\n"
        "Union leader Oskan Verdu said the rise would hurt workers who cross every day.\n\n"
        "Dana Kelso is a correspondent for The Kestrel Post.\n"
        "A version of this article appears in print on March 6, 2024, Section A, Page 8.\n"
        "Site Index\n\u00a9 2024 Kestrel Post Company\n",
        published="2024-03-05",
        source="The Kestrel Post",
        title="Harbour ferry fares to rise in spring",
        people={"Oskan Verdu": "Union leader"},
        authors=["Dana Kelso", "Tom Vane", "Mara Quillon"],
    ),
    Case(
        # a newsletter platform's post: its name over the post and on its subscribe button
        # (no outlet's word in it), the writer alone over the date, a comment button between
        # the paragraphs (the story goes on under it), the writer's own copyright
        "a-newsletter-s-post",
        "Harbour Notes\nSubscribe\nSign in\nShare this post\nHarbour Notes\nCopy link\n"
        "Ferry fares to rise in spring\nWhat the fuel bill means for the islands\n"
        "Dana Kelso\nMar 05, 2024\n\u2219 Paid\n48\n12\nShare\n\n"
        "Ferry fares between Quaytown and Harbour City will rise by a tenth in April, the "
        "operator said on Tuesday, blaming the price of fuel. Fares last rose two years ago. "
        "Few expected a rise so soon.\n\nLeave a comment\n\n"
        "Union leader Oskan Verdu said the rise would hurt workers who cross every day.\n\n"
        "Subscribe to Harbour Notes\nDiscussion about this post\nComments\nIvo Lanner\n"
        "Mar 6\nThank you for this.\nReply\n\u00a9 2024 Dana Kelso\nPrivacy \u2219 Terms\n",
        published="2024-03-05",
        source="Harbour Notes",
        title="Ferry fares to rise in spring",
        people={"Oskan Verdu": "Union leader"},
        authors=["Dana Kelso"],
    ),
    Case(
        # a live page: its mark after the headline, writers by the part of the day they wrote
        "a-live-page",
        "Kestrel Post\nNews\nSport\nOpinion\nLIVE\nFerry strike talks collapse \u2013 live\n"
        "Dana Kelso (now), Tom Vane and Mara Quillon (earlier)\nTue 5 Mar 2024 14.05 GMT\n"
        "Key events\n\n2h ago\n12.05 GMT\n\nTalks to end the ferry strike collapsed on "
        "Tuesday after union leader Oskan Verdu walked out of the room.\n\n1h ago\n13.05 GMT\n"
        "\nThe operator said it would meet the union again on Friday, and no boats would sail "
        "before then.\n\nMost viewed\n\u00a9 2024 Kestrel Post\n",
        published="2024-03-05",
        source="Kestrel Post",
        title="Ferry strike talks collapse",
        people={"Oskan Verdu": "union leader"},
        authors=["Dana Kelso", "Tom Vane", "Mara Quillon"],
    ),
    Case(
        # a team mate is a role, written in two words too; a preposition before a role word
        # ends the role ("behind captain …")
        "a-team-mate-and-a-preposition-before-a-role",
        "Quaytown name their side\n\n"
        "Jane Roe will play behind captain Dana Kelso and beside striker Tom Vane, and "
        "stands in for Mara Quillon alongside club team mate Oskan Verdu.\n",
        title="Quaytown name their side",
        people={
            "Jane Roe": None,
            "Dana Kelso": "captain",
            "Tom Vane": "striker",
            "Mara Quillon": None,
            "Oskan Verdu": "club team mate",
        },
    ),
]
