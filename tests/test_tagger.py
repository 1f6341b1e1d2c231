"""The name tagger: tokens, the shipped model, the people it lets the rules find or refuse,
and the training script on a small hand-made slice."""

from __future__ import annotations

import re
import sys
from importlib import resources
from pathlib import Path

import pytest

from newscat.errors import NewscatError
from newscat.extract import extract
from newscat.extract.names import Candidate, Token
from newscat.extract.people import (
    RulesOnly,
    _language_word_first,
    _language_word_last,
    _mostly_not_a_person,
    _no_word_but_names,
    _office_word,
    _score,
    _single_name,
    _subject_of_which,
    _Tagged,
    _title_inside_a_name,
    extract_people,
)
from newscat.tagger import model
from newscat.tagger.tokens import sentences, tokenise
from newscat.tagger.train import held_out, read_documents
from newscat.tagger.train import main as train_main

SLICE = Path(__file__).parent / "fixtures" / "tagger-slice.tsv"


def words(text: str) -> list[str]:
    return [token.text for token in tokenise(text)]


def test_tokens_split_as_the_training_corpora_did() -> None:
    assert words("Mr. Obama's aide didn't say (no).") == [
        "Mr.", "Obama", "'s", "aide", "did", "n't", "say", "(", "no", ")", ".",
    ]  # fmt: skip
    assert words("a Sino-U.S. venture, AT&T and O'Neill") == [
        "a", "Sino-U.S.", "venture", ",", "AT&T", "and", "O'Neill",
    ]  # fmt: skip
    assert words("Frederick A. Moran") == ["Frederick", "A.", "Moran"]


def test_token_offsets_point_into_the_text() -> None:
    text = "Ms. Lena Ortiz’s bike, in Madrid."
    for token in tokenise(text):
        assert text[token.start : token.end] == token.text


def test_sentences_break_at_full_stops_and_lines() -> None:
    text = "Lena Ortiz won. She said so.\nHeadline Here\nMore text"
    groups = [[t.text for t in group] for group in sentences(text, tokenise(text))]
    assert groups == [
        ["Lena", "Ortiz", "won", "."], ["She", "said", "so", "."], ["Headline", "Here"],
        ["More", "text"],
    ]  # fmt: skip


def test_an_abbreviation_at_the_end_and_a_shouted_not() -> None:
    assert words("He met Gen.") == ["He", "met", "Gen."]
    assert words("THEY DIDN'T, Dr. Vane") == ["THEY", "DID", "N'T", ",", "Dr.", "Vane"]
    assert words("no.5 and Mrs.Kelso") == ["no.", "5", "and", "Mrs.", "Kelso"]


def test_wrapped_lines_join_but_short_lines_and_blank_lines_break() -> None:
    long_line = "Dana Kelso told the harbour board on Monday that the new quay would open"
    text = f"Quay Opens\n{long_line}\nin the spring and cost less\n\nTom Vane agreed"
    groups = [[t.text for t in group] for group in sentences(text, tokenise(text), True)]
    assert [" ".join(group) for group in groups] == [
        "Quay Opens",
        long_line + " in the spring and cost less",
        "Tom Vane agreed",
    ]


def test_a_run_on_list_is_cut_at_the_longest_sentence() -> None:
    text = " ".join(["Kelso"] * 250)
    sizes = [len(group) for group in sentences(text, tokenise(text))]
    assert sizes == [120, 120, 10]
    text = " ".join(["Kelso"] * 119) + ". Vane " + " ".join(["Kelso"] * 121)
    sizes = [len(group) for group in sentences(text, tokenise(text))]
    assert sizes == [120, 120, 2]


def test_the_model_ships_in_the_package_and_tags() -> None:
    assert resources.files("newscat.tagger").joinpath(model.MODEL_FILE).is_file()
    found = model.entities("Frederick A. Moran joined Morgan Stanley in London.")
    kinds = {(start, end): kind for start, end, kind, _ in found}
    assert kinds[(0, 18)] == "PER"
    assert kinds[(26, 40)] == "ORG"
    assert kinds[(44, 50)] == "LOC"
    assert all(0.0 <= sure <= 1.0 for *_, sure in found)


# Sentences with exactly the people they name: the failures of the rules alone that the
# tagger was brought in for, and things named after people that are not people.
EXACT = [
    ("Secretary of State Baker emphasized the need for talks.", ["Baker"]),
    ("PLO leader Arafat met Panama's Noriega in the capital.", ["Arafat", "Noriega"]),
    ("Thank you very much, Tony.", ["Tony"]),
    ("Frederick A. Moran said so.", ["Frederick A. Moran"]),
    ("Frederick J. Moran said so.", ["Frederick J. Moran"]),
    (
        "Justices Thurgood Marshall and William Brennan dissented.",
        ["Thurgood Marshall", "William Brennan"],
    ),
    ("Kenya's Daniel Komen won the 5,000 metres.", ["Daniel Komen"]),
    # a name no list holds, after a verb that credits a person's report or words
    (
        "The man stood still, reported Ovrin Talmasse of the Quay Public Radio.",
        ["Ovrin Talmasse"],
    ),
    (
        "The ship had left the harbour, wrote Ovrin Talmasse in the Quay Courier.",
        ["Ovrin Talmasse"],
    ),
    ("Shares of Morgan Stanley and Bear Stearns fell on Monday, traders said.", []),
    ("Analysts at Merrill Lynch and Eli Lilly expected the deal to close.", []),
    ("Shares of Time Warner and Dow Jones rose, said analyst Mary Cole.", ["Mary Cole"]),
    ("Aston Villa beat Chelsea 2-1 at Villa Park on Saturday.", []),
    ("Hurricane Jerry hit the coast on Tuesday, officials said.", []),
    # "star" names a person's trade before one name; not across a line break (a headline's
    # last word over the story's first)
    ("Cameroonian pop star Dencia said on Monday that the cream was safe.", ["Dencia"]),
    ("The former Harbour Mondays star Bez was also there.", ["Bez"]),
    ("Rovers name new coach\n\nQuayton have named a new coach after a poor run.", []),
    ("Harbour Rovers boss Quillo said the team was tired.", ["Quillo"]),
    ("Property tycoon Varga bought the hotel on Monday.", ["Varga"]),
    # a weekday is a given name in much of West Africa; not after "on", "last" …
    ("The spokesperson, Sunday Okon, said the suspects were held.", ["Sunday Okon"]),
    ("Police spokesman Monday Ekpe confirmed the arrest on Tuesday.", ["Monday Ekpe"]),
    ("On Sunday Okon said the suspects were held.", []),
    ("The police said on Sunday Mara Quill was arrested.", ["Mara Quill"]),
    # the page's asking word before a writer's name is no part of it ("Chase Young" stays)
    ("Contact Corin Halloway for details on the ferry.", ["Corin Halloway"]),
    ("Follow Corin Halloway on the harbour tour, said Tom Vane.", ["Corin Halloway", "Tom Vane"]),
    # a kicker's genre label run into the headline's name is no part of it
    ("Editorial Quillon must answer for the ferry\n\nMara Quillon said so.", ["Mara Quillon"]),
    # a ship named after a person
    ("The carrier HMS Queen Elizabeth sailed on Monday, said Captain Tom Vane.", ["Tom Vane"]),
    ("The carrier USS Mara Quillon left port on Monday.", []),
    ("Tourists gathered on John Meinert Street in the capital on Sunday.", []),
    # a place named by its kind after its name
    ("Pilgrims climbed Vane Mount and toured Quillon Province on Sunday.", []),
    # the tagger reads a nationality, then a person: the nationality describes the name
    (
        "In the first round Quillo faces American Dorrin Kessavel, who has been playing well.",
        ["Dorrin Kessavel"],
    ),
    # … unless the tagger is sure of a given name and a surname that is also a place's kind
    ('"It is overdue," said Carla Lane, special counsel at the agency.', ["Carla Lane"]),
    ("Senator Ian Tower said the vote was close.", ["Ian Tower"]),
    ("They sailed from Dolphin Cay on Sunday.", []),
    ("Floods hit the Harrow Valley and Kelso County on Monday, police said.", []),
    # the speaker's own "I'd" run into the name before it; a regnal "I" stays
    ('Tom Vane said: "Like Tom I\'d like to see new players come in."', ["Tom Vane"]),
    ("Queen Mara I of Quillonia died in 1603.", ["Mara I"]),
    # a weekday's own name ("Black Friday", "Cyber Monday") is no part of a name before it
    ("Best Quillon Black Friday deals\n\nShop the best Quillon Black Friday deals now.", []),
    ("Harbour Cyber Monday sales rose, said Tom Vane Cyber Monday.", ["Tom Vane"]),
    # one sense per article: a name the text also gives a company's legal form is the company;
    # an office still names its founder
    ("Carol Vane Co. agreed to buy the plant. Carol Vane, based in Quay City, makes cable.", []),
    (
        "Tom Quillon Inc. was founded in 1950. Its founder Tom Quillon died in 1990.",
        ["Tom Quillon"],
    ),
    ("Prime Minister Datuk Seri Anwar Ibrahim said the visit went well.", ["Anwar Ibrahim"]),
    ("The rally was attended by Pakistan PM Imran Khan and others, police said.", ["Imran Khan"]),
    # an unknown given name before a known one is the name's start, not the title's end
    ("Ruritania's minister Zunaira Fatima Haddani said so on Monday.", ["Zunaira Fatima Haddani"]),
    (
        "Army chief Gen Shahzeb Javed Malkani met the delegation on Monday.",
        ["Shahzeb Javed Malkani"],
    ),
    ("Foreign minister Shah Mahmood Karimi visited the port.", ["Shah Mahmood Karimi"]),
    ("Minister of Transport Rashad Nabiyev opened the road.", ["Rashad Nabiyev"]),
    # an office right before a name, or beside it between commas, names a person whatever
    # the tagger reads in the name ("Lloyd" a firm's, "Dam" a place's)
    ("The bank's chief executive Lloyd Vane said so.", ["Lloyd Vane"]),
    ("The port's chief executive, Piet van Dam, said the strike was costly.", ["Piet van Dam"]),
    # but not a role a firm holds as often ("owner", "operator"), nor a division after
    # "president of the newly formed"
    ("The port's owner, Harbour Terminals, declined to comment.", []),
    # a role between two commas after a place introduces the name after it
    (
        "Three men were arrested in Harbour City, the command's spokesperson, Mara Quill, said.",
        ["Mara Quill"],
    ),
    ("The club's owner, Roman Vasko, declined to comment.", ["Roman Vasko"]),
    (
        "Jo Ames was named president of the newly formed Macbeth Professional division.",
        ["Jo Ames"],
    ),
    # a nationality the tagger runs into a name describes the person; not a book's title
    (
        "The champion may meet fifth-ranked German Anke Brandt in the quarter-finals.",
        ["Anke Brandt"],
    ),
    ("A book entitled Chinese Foreign Policy, the Year 2000, said so.", []),
    # no name ends in a function word, and a hyphenated descriptor is no given name
    ("The priest was diagnosed with hepatitis A. The diocese says he is resting.", []),
    (
        "Columns MARA QUILLON IT’S nice to think the city is a player on the world stage.",
        ["MARA QUILLON"],
    ),
    (
        "The gown was made by three-time Oscar-winner Colleen Vantreight, who said so.",
        ["Colleen Vantreight"],
    ),
    ("Staff Reports\n\nPolice arrested six people on Monday during a raid.", []),
    # a name that opens a quoted title is the title's; a quoted name alone is still a name
    ('She won for "Into the Woods" and "Sadie Marlow and the Huntsman", critics said.', []),
    ('He describes the swimmer as "Mara Delgado."', ["Mara Delgado"]),
    ('"Rosie," she said, "happy birthday."', ["Rosie"]),
    # things named after someone, and a firm named after its founder
    ("They are held in the tough Virgen de Carmela prison outside the capital.", []),
    ("The company that runs the show, Dick Vollard Productions, denied it.", []),
    ("Jon Vale, director at the agency, agreed.", ["Jon Vale"]),  # "Vale": a club, a surname
    # a given name that is also a month's short form or an article, which the rules leave
    # out and the tagger is sure of
    (
        "Third place went to the Belgian rider Jan Van Aerde, who finished a second behind.",
        ["Jan Van Aerde"],
    ),
    ("The girls, An Vermeulen and Lotte Aerts, were found alive.", ["An Vermeulen", "Lotte Aerts"]),
    # a sentence's first word that only describes ("Top-seeded", "Long-serving") is no name
    ("Long-serving Dorsey was sacked on Monday after the defeat.", ["Dorsey"]),
    (
        "Top-seeded Halloran opens her title defence against Mara Quillon of Chile.",
        ["Mara Quillon"],
    ),
    # an office's object run into the name is not part of it
    (
        "Those present included the chairman of the Federal Harbour Board Quillon, and so on.",
        ["Quillon"],
    ),
    # an office written after the name without a comma is not part of it
    ("Mara Quillon President of the Rowing Association is here.", ["Mara Quillon"]),
    # a sentence's full stop after "Jr" ends the sentence, not the name
    ("The boat was sold to Tom Vane Jr. He paid cash.", ["Tom Vane Jr"]),
    ("Tom Vane Jr., a 59-year-old builder, agreed.", ["Tom Vane Jr."]),
    # a nickname in quotes inside a name, after initials or opening with "the"
    ('The broker E.E. "Buzzy" Quillon said the market fell.', ['E.E. "Buzzy" Quillon']),
    ('She becomes Dana "the bull" Quillon with better taste.', ['Dana "the bull" Quillon']),
    ('He said "the end" Monday and left.', []),
    # an office's portfolio after "for", words of the language, ends before the given name
    ("Under Secretary of State for Arms Control Tom Vane said so.", ["Tom Vane"]),
    # a creed's follower before a name is no word of it; a Swedish surname ends alike
    ("Ties improved since Islamist Necmettin Quillby took over.", ["Necmettin Quillby"]),
    ("Coach Anna Lindqvist Berg said so.", ["Anna Lindqvist Berg"]),
    # a rarer given name before a nickname, after an office; not a word of the language
    ('Kestrel Chairman Algar "Duke" Quillby said the exchange opens.', ['Algar "Duke" Quillby']),
    ('The Americanised "Jimmy" Quillby was a flop.', []),
    # a broadcast's word to the colleague it hands over to is no word of his name
    ("Thank you. Well Dave, the storm hit the coast on Monday.", ["Dave"]),
    # partners' names joined by an ampersand are a firm's; a couple's are not
    ("Dana Kelso & Wardwell said its clients are busy.", []),
    ("Brad Pitt & Angelina Jolie split.", ["Brad Pitt"]),
    ("The work is on time, said Tom Vane, Kelso & Quillby's president.", ["Tom Vane"]),
    # a month before a day's number ends the name
    ("The chancellor will meet Dana Quillby Sept. 7, Tom Vane said.", ["Dana Quillby", "Tom Vane"]),
    # an administration named after its head
    ("Ed Quillby served in the first Dana Kelso White House.", ["Ed Quillby"]),
    # a nickname after a middle initial; an occupation known by its ending before a surname
    ('Says Dana J. "Chip" Quillby, chairman of the firm.', ['Dana J. "Chip" Quillby']),
    ("Primatologist Quillby said the apes were fine.", ["Quillby"]),
    # "Former" and a team's member, opening the sentence, before the name
    ("Former Kestrel Dana Quillby allowed two hits.", ["Dana Quillby"]),
    # a show's title in capitals, its host after "With"
    ('It will air on "Saturday Night With Dana Quillby" on Monday.', ["Dana Quillby"]),
    # a road named after someone
    ("Police saw him near Woods Drive and Dana Lee Quillon Parkway in the south.", []),
    # the part an actor plays is no person; in sport one plays an opponent
    (
        "In the drama pilot, which its actors film in May, Tom Baird is set as Jimmy "
        "Rusk and Ann Lorne plays Alexandra Danvort. The actor said so.",
        ["Tom Baird", "Ann Lorne"],
    ),
    ("Jane Roe was cast as Ophelia Marsh in the film.", ["Jane Roe"]),
    (
        "The drama pilot centers on Kara Vell (Quillon), the heroine's cousin. Mara Quillon "
        "stars as Kara. The actor said so.",
        ["Mara Quillon"],
    ),
    ("Tom Baird plays Mara Quillon in the final on Sunday.", ["Tom Baird", "Mara Quillon"]),
    # a page's control behind its glyph, whatever the tagger reads in it
    ("The shop is closed.\n\n+Type Size\n\nMayor Jane Roe said so.", ["Jane Roe"]),
    # what someone was, capitalised before the given name: not part of the name
    ("The show brings back former Skyrunner Helen Marlow as a guest.", ["Helen Marlow"]),
    # a capitalised role word before a word of the language: a film's or a game's name
    ("The new Star Wars film opened, said Mara Quillon, a cinema manager.", ["Mara Quillon"]),
    ("Fans of Resident Evil queued all night, Tom Vane said.", ["Tom Vane"]),
    # an office before a surname that is also a word stays a person's title
    ("An aide to Vice President Pence said so.", ["Pence"]),
    # a sentence's first word of the language is no part of the name the tagger reads after it
    ("Sure Robbie Vane was a deserved winner, said Mara Quillon.", ["Robbie Vane", "Mara Quillon"]),
    ("Teenager Anna Kovacs won the title, her coach said.", ["Anna Kovacs"]),
    # a name whose first word is a word of the language, no given name: a work's or a firm's
    ("The comedy Rat Race opens on Friday, its producer Tom Vane said.", ["Tom Vane"]),
    ("Howard Flight and Hayley Yelling spoke.", ["Howard Flight", "Hayley Yelling"]),
    ("Police questioned Win Htein, a party spokesman.", ["Win Htein"]),
    # every word one of the language and no known name: a thing, whoever reads a person in it
    (
        "During his response to Jane Roe's Budget statement on Tuesday, Tom Vane attacked it.",
        ["Jane Roe", "Tom Vane"],
    ),
    ("The season opened with Giacomo Puccini's Madame Butterfly.", ["Giacomo Puccini"]),
    # given names in brackets before the family name, nothing before them naming the person
    ('"They can play (Jon Dahl) Tomasson," he said.', ["Jon Dahl Tomasson"]),
    ("Mara Quillon (Tom Vane) Roe said so.", ["Mara Quillon", "Tom Vane"]),
    # a name made an adjective ends before the hyphen
    ("The show avoided any Janet Jackson-style controversies.", ["Janet Jackson"]),
    ("The Mara Quillon-led coalition won the vote.", ["Mara Quillon"]),
    ("Kang Young-hoon said so.", ["Kang Young-hoon"]),
    # a storm, and an organisation named by its kind, are named like people
    ("Hurricane Jerry weakened as it neared Bermuda, Tom Vane said.", ["Tom Vane"]),
    # a word of the language with a number after it names a bill, not a person
    ("The legislature passed Senate Bill 10 in May, Tom Vane said.", ["Tom Vane"]),
    ("Bill Vane voted for Senate Bill 10 in May.", ["Bill Vane"]),
    ("The retailer John Lewis said sales fell over Christmas.", []),
    ("The firm Jane Roe founded in 1990 was sold.", ["Jane Roe"]),
    ("Bookmaker Quayside Bet Hill said it had cut the odds, Tom Vane said.", ["Tom Vane"]),
    # a nationality written as a noun describes the person
    (
        "The race was won by Scot Kathy Butler, ahead of Mara Quillon.",
        ["Kathy Butler", "Mara Quillon"],
    ),
    # letters after the name for an office or an honour are no part of it
    ("Former welfare minister Dana Kelso MP said the minister should go.", ["Dana Kelso"]),
    # a rank in two words is a title
    (
        "The army's commander, Major-General Nikolai Sherbatov, took us there.",
        ["Nikolai Sherbatov"],
    ),
    # a nation's people are no one
    ("Fellow Britons, said Tom Vane, must wait.", ["Tom Vane"]),
    # a broadcast's sign-off: the reporter, not "I'm"; a particle run into a surname
    ("For Quay Radio News I'm Linda d'Silva at the harbour.", ["Linda d'Silva"]),
    ("Former president Valery Giscard d'Estaing said so.", ["Valery Giscard d'Estaing"]),
    # firms named after their founders and their trade
    ("Shares in Dana Kelso Foods and Tom Vane Logistics fell on Monday.", []),
    # a given name, a title that is a name too, a surname: one name; a show named after a host
    (
        "Military chief Ahmad Shah Masood met Tom Vane on Tuesday.",
        ["Ahmad Shah Masood", "Tom Vane"],
    ),
    ("Tom Vane told Larry King Live he would stay.", ["Tom Vane"]),
    # two capitals that spell a given name or a word are an acronym before an office's words
    (
        "Mr. Kelso chose Tom Vane as the next UN High Commissioner for Refugees.",
        ["Kelso", "Tom Vane"],
    ),
    # a list of people takes back a name with a known given name the tagger doubts
    (
        "Then the activists, including Samir Lutvaliyev and Anar Usubov (a witness), spoke.",
        ["Samir Lutvaliyev", "Anar Usubov"],
    ),
    # names listed after the kind of thing they are, not after another noun
    (
        "Exports rose at companies making radar systems, like Dana Kelso and Tom Vane, said "
        "Mara Quillon.",
        ["Mara Quillon"],
    ),
    (
        "It shows no products, but rather men like Mara Quillon, star of the films.",
        ["Mara Quillon"],
    ),
    # a title-case headline's verb ends the name
    (
        "Veteran Actress, Dana Kelso Is Looking Stunning In New Photos\n\nThe photos came out.",
        ["Dana Kelso"],
    ),
    # … and so does a verb that is a word of the language, with its object run in
    (
        "Mayor Dana Kelso Issues Warning Over Ferry Delays\n\nThe mayor warned on Tuesday.",
        ["Dana Kelso"],
    ),
    # a headline's short form of a double-barrelled surname
    (
        "Roe and Ben Bruce sue the council\n\nSenator Ben Murray-Bruce and Dana Roe sued "
        "the council on Monday.",
        ["Ben Murray-Bruce", "Dana Roe"],
    ),
    # a nickname in quotes inside a name, the name in the possessive
    ("Dana “Quick” Kelso’s team won on Sunday.", ["Dana “Quick” Kelso"]),
    # a name run on into an agency and a place in capitals; a surname in capitals
    (
        "The rules came from Dana Kelso CNN WASHINGTON and others, said Jean-Claude KELMANN.",
        ["Dana Kelso", "Jean-Claude KELMANN"],
    ),
    # a results list's lines of names the lists do not know: the capitals are the names',
    # not a title-case headline's
    (
        "Leading scores in the open after the first round:\n\n"
        "67 Veikko Stranz, Oskan Verdu, Nenad Chebeck\n\nXuding Bao, Changqing Zhou, Tarja Quillon\n",
        [
            "Veikko Stranz",
            "Oskan Verdu",
            "Nenad Chebeck",
            "Xuding Bao",
            "Changqing Zhou",
            "Tarja Quillon",
        ],
    ),
    # a style of two words names a person, whatever kind of name the tagger reads in it
    (
        "In the morning, lawmakers grilled Lt Col Harjit Tarnvale, a specialist on the council.",
        ["Harjit Tarnvale"],
    ),
    # a given name that ends in "-ing" and is no word of the language: no "Finding Nemo"
    ("Zunjing Quent said the vote was close.", ["Zunjing Quent"]),
    ("Xuding Bao said the vote was close.", ["Xuding Bao"]),
    # what the person was, before the name: "Ex-Yankee"
    ("Ex-Yankee Shimoyama Quent hit his 11th homer.", ["Shimoyama Quent"]),
    # a given name that is also a town's, after a person's style; (a guard) not a paper named
    # after its country
    (
        "The justices would be less inclined to equate the lyrics (as Justice Hepu Quent "
        "recently did) with poetry.",
        ["Hepu Quent"],
    ),
    ("President Tom Vane told China Daily that the talks went well.", ["Tom Vane"]),
    ("Finding Nemo was shown on Monday, Tom Vane said.", ["Tom Vane"]),
    # (a guard) an "-ing" word over a name the article gives in full describes him
    (
        "Fuming Vane blasts officials\n\nEngland coach Tom Vane said he was livid after his "
        "side were denied two tries.",
        ["Tom Vane"],
    ),
    # a score's row: a number and a name, no title-case headline
    (
        "Leading scores after the first round:\n\n62 Oskan Verdu\n\n64 Changqing Zhou\n\n"
        "65 Xuding Bao\n\n66 Veikko Stranz\n",
        ["Changqing Zhou", "Veikko Stranz"],
    ),
    # a results table's rows: a name neither the lists nor the tagger is sure of is a
    # person where most rows name people
    (
        "Women's 100 metres\n\n1. Dana Kelso (U.S.) 10.89 seconds\n\n2. Ostravin Tarnvale "
        "(Jamaica) 10.94\n\n3. Tom Vane (U.S.) 11.07\n\n4. Marrowby Quent (Nigeria) 11.14\n\n"
        "5. Mara Quillon (U.S.) 11.20\n\n6. Jane Roe (Russia) 11.27\n\n"
        "7. Zongming Dietzsch (Portugal) 11.37\n",
        [
            "Dana Kelso",
            "Ostravin Tarnvale",
            "Tom Vane",
            "Marrowby Quent",
            "Mara Quillon",
            "Jane Roe",
            "Zongming Dietzsch",
        ],
    ),
    # (a guard) a title-case headline with commas is no list: its last item is long
    ("Rivals, Fans, Critics Hail Harbour Win\n\nThe match ended on Monday.", []),
    # the end of a place's name, before an apposition: no person
    ("In the United States, a Democratic president who opened talks said nothing.", []),
    # a US state written short opens no name; a button's words to its reader are none
    ("Man jailed for elaborate N.J. ATM skimming scheme\n\nHe was jailed on Tuesday.", []),
    ("W. Va. charity director returns after post\n\nThe director returns on Monday.", []),
    ("Find a store\nSee Locations Near You\n\nThe council met on Monday.", []),
    # (a guard) "You" is a Chinese name too
    ("In Taipei, Ruolan You said the vote was close.", ["Ruolan You"]),
    # where a person named is from: a place, however the tagger reads it
    (
        'The fans waited. "Who is he?" asked Mara Quillon of Brenton. "I came for the game."',
        ["Mara Quillon"],
    ),
    # a writer's bio run into her picture's name: her name ends at "Quillon" (extract() then
    # knows her for the writer of the byline, and no person of the story)
    (
        "Field notes\n\nBy Mara Quillon\n\nThe studio said the game ships in March.\n\n"
        "Mara Quillon Mara is the senior reviewer at the site, covering games and apps.",
        ["Mara Quillon"],
    ),
    # a question's verb before the surname of someone named: no relative of hers
    (
        "Harbour mayor Dana Kelso met Tom Vane on Friday.\n\nWill Kelso keep Vane in the "
        "cabinet or will she force him out? Aides would not say.",
        ["Dana Kelso", "Tom Vane"],
    ),
    (
        "Harbour mayor Dana Kelso met Tom Vane on Friday. Her son Will Kelso was there too.",
        ["Dana Kelso", "Tom Vane", "Will Kelso"],
    ),
    # (a guard) a grandfather's name may repeat the given name
    ("Mohamed Hassan Mohamed said he was taking his son home.", ["Mohamed Hassan Mohamed"]),
    # a tag list glued to the byline's time zone by a page's copy
    (
        "By DANA KELSO | June 7, 2013 @ 6:43pm EDTTags: Quay Prime, Tom Vane, Quay Media\n\n"
        "The firm bought a stake on Friday.",
        [],
    ),
    # a name after an ordinal is a firm's or an event's, however often written alone
    (
        "When Quent filed her suit, 21st Century Holt executive chairman Tom Vane was in "
        "Idaho. Holt said it would fight the suit. At Holt, staff were told to say nothing.",
        ["Tom Vane"],
    ),
    # a page's copy glued the next word to the name (not "McDonald" or "MacArthur")
    (
        "Truthfully, we saw Marla QuentThe actor in the pilot, and we said yes. Quent agreed.",
        ["Marla Quent"],
    ),
    (
        "Ronald McDonald and Douglas MacArthur met on Monday.",
        ["Ronald McDonald", "Douglas MacArthur"],
    ),
    # a results list: its commas after a bracketed country, a surname's particles no words
    (
        "Quillby (U.S.), Jan Van de Kelso (France), Tomas Vanek (Austria), Dag Rojahn",
        ["Quillby", "Jan Van de Kelso", "Tomas Vanek", "Dag Rojahn"],
    ),
    # a team's members bracketed after its country make a list of names, not a title-case line
    (
        "Team pursuit, semifinals: Ruritania (Ostravin Tarnvale, Quorvin Daskell, Marrowby "
        "Quent, Tesk Orlavy) 4:05.104 beat Vennland (Dervil Amsk, Halvor Pentrisk, Jannik "
        "Ostrum, Pell Varnado) 4:05.463",
        [
            "Ostravin Tarnvale",
            "Quorvin Daskell",
            "Marrowby Quent",
            "Tesk Orlavy",
            "Dervil Amsk",
            "Halvor Pentrisk",
            "Jannik Ostrum",
            "Pell Varnado",
        ],
    ),
    # a role word that is no office, then one word the tagger reads no name in: a person only
    # where someone speaks there
    ("Veterans were sickened by Agent Orange spraying in the war.", []),
    ("Agent Quorvin said the case was closed.", ["Quorvin"]),
    # an organisation's last word the training news never ends a person with
    ("The Dana Kelso Partnership said on Monday it would appeal.", []),
    ("Visitors flocked to the Tom Vane Zoo on Sunday.", []),
    ("The Marla Quent Consortium won the contract.", []),
    ("Jane Roe Graphics makes the posters.", []),
    # two initials that spell a state short, then a surname: a person's initials
    ("Union secretary N.J. Bose said the strike would go on.", ["N.J. Bose"]),
    ("The N.Y. Post said so. N.J. Transit said so too.", []),
    ("He lives in Newark, N.J. Bose is his landlord.", []),
    # a church's office before a surname
    ("Maronite Patriarch Sfeir expressed sorrow over the violations.", ["Sfeir"]),
    # a rank's word before a thing's name, every word of the language
    (
        "Firms such as the zone's General Automatic Electronic Equipment Plant have passed.",
        [],
    ),
    # a faith's people, many at once
    ("Rep. Tom Vane lectured his fellow Roman Catholics on abortion.", ["Tom Vane"]),
    # firms by their legal forms abroad
    ("Creditors of Quillby Marine Oy met on Friday. Kelso Vane Bhd said profits rose.", []),
    (
        "Creditors of Quillby Marine Oy met on Friday. Quillby Marine said it would pay. "
        "Analysts said Quillby Marine would survive, Tom Vane said.",
        ["Tom Vane"],
    ),
    # (a guard) a given name that spells a legal form
    ("Asa Quillby (Sweden) beat Jane Roe 6-2 6-3.", ["Asa Quillby", "Jane Roe"]),
    # a quoted title that opens with a title's word
    ('She starred in "Doctor Quillby" and "Star Kelso: the Next Generation," on TV.', []),
    ('"President Quillby said no," she wrote.', ["Quillby"]),
    # (a guard) a courtesy title in quotes is a nickname's
    (
        'Pat Quillby, the wife of author Tom Quillby, has the nicknames "Mrs. Buckles" and "Patsy."',
        ["Pat Quillby", "Tom Quillby", "Buckles"],
    ),
    # a surname that is an organisation's word too, as a middle name; not a site's word
    ("Justice Sandra Day Quillby said the court erred.", ["Sandra Day Quillby"]),
    ("They met at James Bay Lodge, said Jane Roe.", ["Jane Roe"]),
    # "St." after a given name opens the surname (not a street's after no given name)
    (
        "Darla St. Quillby, of the Harbour Committee, says the polls erred. He lives on Main "
        "St. Police said so.",
        ["Darla St. Quillby"],
    ),
    # an administration named after its head
    (
        "Tom Vane, a former Reagan Pentagon aide who now heads the Center, says they erred. "
        "Officials of the Kelso Kremlin agreed.",
        ["Tom Vane"],
    ),
    # a Chinese family name, then a given name of one syllable that is a particle elsewhere
    ("Wang De and Chen Da met on Monday.", ["Wang De", "Chen Da"]),
    # a broadcast's greeting to a colleague, no comma after the name
    ("The storm hit the coast. Hey Kyra. The rain went on, Dana Roe said.", ["Kyra", "Dana Roe"]),
    # a sound, a gulf, a peninsula or a canyon named after someone
    ("The boat was found in western Prince Dana Sound, near the Quillby Peninsula.", []),
    # an office's words alone are no one's name (a given name first is: "Stephen King")
    (
        "The top aide to Ruritania's Prime Minister said a truce held. Stephen Quillby agreed.",
        ["Stephen Quillby"],
    ),
    # a son named after his father, then the father: two people
    (
        "Tom Vane Jr. was elected president of the firm.\nTom Vane, its chairman, stays.",
        ["Tom Vane Jr.", "Tom Vane"],
    ),
    # a naval rank
    ("Commodore Quillby thought nothing of bribing judges.", ["Quillby"]),
    # an apposition whose head is a person's job, an organisation's kind its object
    (
        "Dana Quillby, a spokeswoman for the bank, said the move was aimed at staff.",
        ["Dana Quillby"],
    ),
    ("The move was aimed at staff, said Tom Vane, an analyst at the company.", ["Tom Vane"]),
    # a sentence of the story near the top that names a writer's job is no byline
    ("Quay Fund was in cash.\nTom Vane resigned as editor.", ["Tom Vane"]),
    # partners joined by "&", their trade's word and a legal form; a firm's divisions; a
    # legal form in dotted small letters
    (
        '"We need one person," says Dana Roe, executive vice president of Quill Kelso & Tong '
        "Advertising Inc. It will keep its Quay Connectors and Cliff Quillby divisions.",
        ["Dana Roe"],
    ),
    ("The deal between its distributor, Dr. Karl Quillby G.m.b.H., and a rival was signed.", []),
    # armed forces and firms named by their trade's people
    (
        "The Kelso Navy and Air Corps chased the trawler. Regulators probed Quillby Asset "
        "Managers, Tom Vane Investors and Dana Roe Advisers.",
        [],
    ),
    # a pipeline named after someone or something; a work set off by its kind; but a maker
    # set off after a name is a person
    ("Protesters opposing the Dana Access pipeline gathered, said Jane Roe.", ["Jane Roe"]),
    (
        "I worried about Mara Quillon, the recently released musical from director Tom Vane.",
        ["Tom Vane"],
    ),
    # and wherever else the article names it
    (
        "I worried about Mara Quillon, the recently released musical. Mara Quillon is long, "
        "said Tom Vane.",
        ["Tom Vane"],
    ),
    ("Tom Vane, a documentary maker, said so.", ["Tom Vane"]),
    # a country ends an office before a name no list holds, after "of" or "to"
    (
        "China's ambassador to Britain Quorvin Daskell has said that the talks were over.",
        ["Quorvin Daskell"],
    ),
    ("The Foreign Minister of Egypt Quorvin Daskell said so.", ["Quorvin Daskell"]),
    # a firm's legal form before its name; a building named after someone
    ("OAO Kestrel Quay sold shares, said Tom Vane.", ["Tom Vane"]),
    ("The bomb hit the Dana J. Kelso Federal Building, said Tom Vane.", ["Tom Vane"]),
    # a ship named after someone, after its kind; but a mail carrier is a person
    ("The aircraft carrier Dana J. Kelso docked in the gulf on Monday.", []),
    ("The tanker Dana Kelso ran aground, said Tom Vane.", ["Tom Vane"]),
    (
        "The aircraft carrier Dana J. Kelso docked. The Dana J. Kelso leads a group, said Tom Vane.",
        ["Tom Vane"],
    ),
    ("The mail carrier Tom Vane was bitten.", ["Tom Vane"]),
]


def test_a_given_name_alone_is_the_one_person_of_that_name() -> None:
    text = "Singer Marla Quent sued the label. At no point did we say Marla could not sing."
    (person,) = extract_people(text)
    assert (person.name, person.mentions) == ("Marla Quent", 2)
    text = "Liu Xiaobin spoke first. Liu said the troops would stay in their barracks."
    (person,) = extract_people(text)
    assert (person.name, person.mentions) == ("Liu Xiaobin", 2)


@pytest.mark.parametrize(("text", "people"), EXACT, ids=[t for t, _ in EXACT])
def test_exact_people(text: str, people: list[str]) -> None:
    assert [p.name for p in extract_people(text)] == people


def test_rules_alone_stay_available() -> None:
    text = "Frederick A. Moran said so. Tony Blair agreed."
    assert [p.name for p in extract_people(text, RulesOnly())] == ["Tony Blair"]
    assert [p.name for p in extract_people(text)] == ["Frederick A. Moran", "Tony Blair"]


def test_training_data_folds_types_and_joins_hyphens(tmp_path: Path) -> None:
    data = tmp_path / "data.tsv"
    data.write_text(
        "-DOCSTART- on5-nw-test-0001\nChen\tNNP\tB-PERSON\nShui\tNNP\tI-PERSON\n-\tHYPH\tI-PERSON\n"
        "bian\tNNP\tI-PERSON\nvisited\tVBD\tO\nTaipei\tNNP\tB-GPE\non\tIN\tO\n"
        "Monday\tNNP\tB-DATE\n\n"
    )
    (document,) = read_documents(data)
    assert document.sentences == [
        [("Chen", "B-PER"), ("Shui-bian", "I-PER"), ("visited", "O"), ("Taipei", "B-LOC"),
         ("on", "O"), ("Monday", "O")]
    ]  # fmt: skip


def test_training_script_builds_a_working_model(tmp_path: Path) -> None:
    out = tmp_path / "slice.crfsuite"
    assert (
        train_main([str(SLICE), "--out", str(out), "--iterations", "40", "--hold-out", "1000"]) == 0
    )
    assert out.stat().st_size > 0
    import pycrfsuite

    from newscat.tagger.features import document_words, sentence_features

    tagger = pycrfsuite.Tagger()
    tagger.open(str(out))
    sentence = ["Lena", "Ortiz", "won", "the", "race", "in", "Madrid", "."]
    lower, inside = document_words([sentence])
    tags = tagger.tag(sentence_features(sentence, lower, inside))
    assert tags[:2] == ["B-PER", "I-PER"]
    assert tags[6] == "B-LOC"


def test_the_news_vocabulary_keeps_words_news_writes_in_lower_case(tmp_path: Path) -> None:
    from newscat.tagger.vocabulary import main as vocabulary_main

    data = tmp_path / "data.tsv"
    sentence = "The\tDT\tO\nstar\tNN\tO\nmet\tVBD\tO\nMs.\tNNP\tO\nWhite\tNNP\tB-PER\n\n"
    data.write_text("-DOCSTART- one\n" + sentence * 3 + "White\tNNP\tB-PER\nwhite\tJJ\tO\n\n")
    out = tmp_path / "words.txt"
    assert vocabulary_main([str(data), "--out", str(out)]) == 0
    words = {
        w for line in out.read_text().splitlines() if not line.startswith("#") for w in line.split()
    }
    assert words == {"star", "met"}  # "the" capitalised opens the sentence; "white" is a name


def test_the_verbs_list_keeps_words_used_only_as_verbs(tmp_path: Path) -> None:
    from newscat.tagger.vocabulary import main as vocabulary_main

    data = tmp_path / "data.tsv"
    rows = [
        ("head", "NN"),
        ("head", "VB"),
        ("head", "NN"),  # mostly a noun
        ("met", "VBD"),
        ("met", "VBD"),
        ("met", "VBN"),  # a verb
        ("think", "VBP"),
        ("think", "VB"),
        ("think", "VBP"),  # a base form: "think tank"
        ("elected", "VBN"),
        ("elected", "VBN"),
        ("elected", "VBN"),
        ("elected", "VBN"),
        ("elected", "VBD"),
        ("propel", "VB"),
        ("propel", "VB"),  # too rare to tell
    ]
    data.write_text("-DOCSTART- one\n" + "".join(f"{w}\t{t}\tO\n" for w, t in rows) + "\n")
    out = tmp_path / "verbs.txt"
    assert vocabulary_main([str(data), "--verbs", "--out", str(out)]) == 0
    words = {
        w for line in out.read_text().splitlines() if not line.startswith("#") for w in line.split()
    }
    assert words == {"met"}  # "elected" mostly a participle, an office's word as often


def test_the_adjectives_list_keeps_words_used_only_as_adjectives(tmp_path: Path) -> None:
    from newscat.tagger.vocabulary import main as vocabulary_main

    data = tmp_path / "data.tsv"
    rows = [("tall", "JJ")] * 3 + [("taller", "JJR")] * 3 + [("chief", "JJ"), ("chief", "NN")] * 2
    rows += [("cold", "JJ")] * 9 + [("cold", "NN")]  # 90 % an adjective
    data.write_text("-DOCSTART- one\n" + "".join(f"{w}\t{t}\tO\n" for w, t in rows) + "\n")
    out = tmp_path / "adjectives.txt"
    assert vocabulary_main([str(data), "--adjectives", "--out", str(out)]) == 0
    words = {
        w for line in out.read_text().splitlines() if not line.startswith("#") for w in line.split()
    }
    assert words == {"tall", "taller", "cold"}  # "chief" heads offices as often


def test_candidates_for_the_hand_kept_lists_come_from_the_training_news(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newscat.tagger.candidates import main as candidates_main

    data = tmp_path / "data.tsv"
    rows = [
        "-DOCSTART- one",
        *("bursar\tNN\tO", "Jane\tNNP\tB-PER", "Roe\tNNP\tI-PER", "left\tVBD\tO", ""),
        *("Tom\tNNP\tB-PER", "Vane\tNNP\tI-PER", ",\t,\tO", "the\tDT\tO"),
        *("school\tNN\tO", "bursar\tNN\tO", ",\t,\tO", "spoke\tVBD\tO", ""),
        *("the\tDT\tO", "Jane\tNNP\tB-PER", "Roe\tNNP\tI-PER", "left\tVBD\tO", ""),
        *("Harbour\tNNP\tB-ORG", "Fellowship\tNNP\tI-ORG", "met\tVBD\tO", ""),
        *("Harbour\tNNP\tB-ORG", "Fellowship\tNNP\tI-ORG", "met\tVBD\tO", ""),
        *("Harbour\tNNP\tB-ORG", "Roe\tNNP\tI-ORG", "met\tVBD\tO", ""),
    ]
    data.write_text("\n".join(rows) + "\n")
    assert candidates_main([str(data), "--list", "roles", "--min-count", "1"]) == 0
    # a noun before a person and heading the phrase after one; not "the", nor a listed role
    assert capsys.readouterr().out.split("\n") == ["2 bursar", ""]
    assert candidates_main([str(data), "--list", "organisations", "--min-count", "1"]) == 0
    # not "roe", which ends a person's name too
    assert capsys.readouterr().out.split("\n") == ["2 fellowship", ""]


def test_a_title_that_is_a_surname_too_is_not_given_back_to_the_name() -> None:
    text = "Co-Premiers Prince Norodom Ranariddh met the king."
    prince = Token("Prince", 12, 18)
    name = [Token("Norodom", 19, 26), Token("Ranariddh", 27, 36)]
    tagged = _Tagged([(12, 36, "PER", 0.99)])  # the tagger sure the name starts at "Prince"
    widened = tagged.widened(Candidate(name, [prince]))
    assert [t.text for t in widened.tokens] == ["Norodom", "Ranariddh"]
    assert [t.text for t in widened.title] == ["Prince"]
    assert text[12:36] == "Prince Norodom Ranariddh"


def test_a_sovereign_and_her_realm_read_as_one_name_is_still_a_person() -> None:
    text = "Queen Ilvessa of Quayland will visit. General Command of Quayland met."
    queen = Candidate([Token("Ilvessa", 6, 13)], [Token("Queen", 0, 5)])
    tagged = _Tagged([(0, 25, "MISC", 0.96)])  # "Queen Ilvessa of Quayland" as one work
    assert not _title_inside_a_name(text, tagged, queen)
    # an office word before a lone word the tagger reads as an organisation's name stays one
    command = Candidate([Token("Command", 46, 53)], [Token("General", 38, 45)])
    assert text[38:53] == "General Command"
    assert _title_inside_a_name(text, _Tagged([(38, 65, "ORG", 0.9)]), command)


def test_scorers_and_an_ancient_title_with_the_rules_alone() -> None:
    text = (
        "Harbour Rovers 3 (Brekkvist 27th, Taumelo 44th, 57th) Kestrel City 1 (Oduwaye 80th "
        "minute).\n\nScorers: Quay United - Marchetto (1st and 55th), Lindqvar (penalty, 78th)\n\n"
        "The tomb was built for the pharaoh Vantreck more than 4,000 years ago. The league "
        "table: Harbour Rovers 3rd, Kestrel 4th.\n"
    )
    found = {p.name: p.role.value if p.role else None for p in extract_people(text, RulesOnly())}
    assert found == {
        "Brekkvist": None,
        "Taumelo": None,
        "Oduwaye": None,
        "Marchetto": None,
        "Lindqvar": None,  # not the role "penalty, 78th"
        "Vantreck": "pharaoh",
    }


@pytest.mark.parametrize("finder", [None, RulesOnly()], ids=["tagger", "rules"])
def test_one_word_named_by_its_office_or_kin_is_a_person(finder: RulesOnly | None) -> None:
    text = (
        "Talks on the Quayland plan broke down on Monday. Vantreck, the Quayland ambassador "
        "to the UN, said the vote would go ahead. Mr. Ostrander's wife, Ilsa, and his brother "
        "Teodor were there.\n\n"
        # offices a club, a firm or a place holds too, and appositions that are no office's
        "Kestrel, the league leader, won again. Harbourline, a Quay-based money manager, sold. "
        "Also in Brackwater, the prime minister took questions. The vote covered the State, "
        "Commerce, and Justice departments. Films include Quaymark, Resident Evil: Apocalypse "
        "and others.\n"
    )
    found = {p.name: p.role.value if p.role else None for p in extract_people(text, finder)}
    assert found == {
        "Vantreck": "Quayland ambassador to the UN",
        "Ostrander": None,
        "Ilsa": "wife",
        "Teodor": "brother",
    }


def test_a_name_before_a_company_s_legal_form_is_the_company() -> None:
    text = (
        "Kelso Vane Cos. said its debt payments were extended. The notes were priced by a "
        "Quillon Brothers, Dana Marlow & Co. group. Brokers Tom Ostrander and Co said so, and "
        "Harbour Co-op leader Mara Quent agreed with Jane Roe and Tom Vane.\n"
    )
    assert [p.name for p in extract_people(text)] == ["Mara Quent", "Jane Roe", "Tom Vane"]


def test_a_firm_s_name_alone_is_the_firm_unless_a_person_bears_it() -> None:
    text = (
        "K.L. Rosalind & Co. said it formed a new venture. Rosalind owns 30% of it. Rosalind "
        "said it did not invest.\n\n"
        '"The sale saved jobs," said Dana Marlow of administrators Dana Marlow & Partners. '
        "Mr Marlow said talks went on.\n"
    )
    assert [p.name for p in extract_people(text)] == ["Dana Marlow"]


def test_a_firm_s_legal_form_after_a_branch_s_country_or_a_son() -> None:
    text = (
        '"Firms must invest abroad," says Kenji Morita, an analyst at Kelso Brandt (Japan) '
        "Corp.\n\nDana Tay, 48, was named chairman of its major unit, T.R. Hodson & Son Inc.\n"
    )
    assert [p.name for p in extract_people(text)] == ["Kenji Morita", "Dana Tay"]


def test_a_firm_by_its_legal_form_in_initials_or_after_its_kind_is_the_firm_alone_too() -> None:
    text = (
        "Quillon Vane S.A. said it agreed terms with Tom Vane. Quillon Vane is a paper maker.\n\n"
        "Kelso Marlow Holdings Ltd said its profit rose. Kelso Marlow is a builder.\n\n"
        "William K.K. Quillby, its adviser, agreed.\n"
    )
    people = [p.name for p in extract_people(text)]
    assert people == ["Tom Vane", "William K.K. Quillby"]


def test_one_word_set_off_by_a_nationality_and_an_office_in_capitals() -> None:
    found = extract("Quillby, the French Minister for Foreign Affairs, gave a speech.").people
    assert [(p.name, p.role and p.role.value) for p in found] == [
        ("Quillby", "French Minister for Foreign Affairs")
    ]
    # a nationality and an office alone are no one's name
    assert extract_people("He met the German Minister for Foreign Affairs on Monday.\n") == []


def test_a_name_with_jr_is_one_person_however_the_sentence_ends_and_not_his_father() -> None:
    found = extract("Hank Vane Jr. sang on Monday. The crowd cheered for Hank Vane Jr.").people
    assert [(p.name, p.mentions) for p in found] == [("Hank Vane Jr.", 2)]
    found = extract("Tom Vane Sr. and Tom Vane Jr. bought a boat. Vane Jr. sold it.").people
    assert [(p.name, p.mentions) for p in found] == [("Tom Vane Sr.", 1), ("Tom Vane Jr.", 2)]


def test_one_word_opening_a_firm_s_name_is_the_firm() -> None:
    text = (
        "Soon after Rosalind Laboratories Inc. reported a staggering loss, its shares fell. "
        "Chairman Tom Vane said Rosalind would cut jobs.\n\n"
        # what is named in someone's honour leaves the person standing
        "Officials of the Vantreck Administration met. President Vantreck wants a budget.\n"
    )
    assert [p.name for p in extract_people(text)] == ["Tom Vane", "Vantreck"]


def test_a_name_set_off_by_an_organisation_s_kind_is_no_person() -> None:
    text = (
        "Brekkvar Teodor, the investment bank, is advising. Kestrel Group tried to buy Ilsa "
        "Marchetto, one of Quayland's premier whisky firms. Tom Vane, a bank manager at Harbour "
        "Bank, said so. Dana Kelso, a company director, agreed.\n"
    )
    found = {p.name: p.role.value if p.role else None for p in extract_people(text)}
    assert found == {"Tom Vane": "bank manager at Harbour Bank", "Dana Kelso": "company director"}


def test_a_sentence_s_subject_that_which_describes_is_a_thing() -> None:
    text = "Rates rose. Ilsa Brekkvar, which commands steep prices, grew. He met Tom Vane, which …"
    assert _subject_of_which(text, _candidate_at(text, "Ilsa Brekkvar"))
    assert not _subject_of_which(text, _candidate_at(text, "Tom Vane"))


def test_a_belt_of_a_country_is_a_place_and_comics_end_a_publisher_s_name() -> None:
    from newscat.extract.people import _organisation_word, _place_name

    text = "Voters of the Kelso Belt read Quillby Comics."
    assert _place_name(_candidate_at(text, "Kelso Belt"))
    assert _organisation_word(_candidate_at(text, "Quillby Comics").tokens[-1])
    assert not _organisation_word(_candidate_at(text, "Kelso").tokens[-1])


def test_a_town_after_a_state_is_no_part_of_the_name_after_it() -> None:
    text = (
        "A psychology major at University of Texas Arlington Quorvin Daskell heard of it. "
        "Daskell said she was upset.\n"
    )
    assert not any(person.name.startswith("Arlington") for person in extract(text).people)


def test_words_of_the_language_numbered_are_no_king() -> None:
    from newscat.extract.people import _words_of_no_name

    text = "Level IV reflects grain, as World War II did, said Henry VIII."
    assert _words_of_no_name(text, _candidate_at(text, "Level IV"))
    assert _words_of_no_name(text, _candidate_at(text, "World War II"))
    assert not _words_of_no_name(text, _candidate_at(text, "Henry VIII"))


def test_a_doctrine_named_after_someone_and_a_firm_s_legal_form_first_are_no_one() -> None:
    from newscat.extract.people import _words_of_no_name

    text = "Quillon Dashek Theory, Tom Vane Thought and PT Kestrel Quay, said Dana Kelso."
    for thing in ("Quillon Dashek Theory", "Tom Vane Thought", "PT Kestrel Quay"):
        assert _words_of_no_name(text, _candidate_at(text, thing))
    assert not _words_of_no_name(text, _candidate_at(text, "Dana Kelso"))


def _candidate_at(text: str, name: str) -> Candidate:
    start, tokens = text.index(name), []
    for word in name.split():
        tokens.append(Token(word, start, start + len(word)))
        start += len(word) + 1
    return Candidate(tokens)


def test_a_prince_s_or_a_nun_s_style_before_one_given_name_is_part_of_it() -> None:
    text = (
        "Prince Charles met Mother Teresa and Princess Anne. Later Charles spoke. King Fahd "
        "and Prince Norodom Ranariddh came.\n"
    )
    found = {p.name: p.role.value if p.role else None for p in extract_people(text)}
    assert found == {
        "Prince Charles": "Prince",
        "Mother Teresa": "Mother",
        "Princess Anne": "Princess",
        "Fahd": "King",
        "Norodom Ranariddh": "Prince",
    }


def test_a_relative_before_of_or_with_names_no_employer() -> None:
    text = (
        "A mother pleads with Abraham Quillon on behalf of her son. Dana Kelso, chief "
        "executive of Tom Vane, the bakery, agreed.\n"
    )
    assert [p.name for p in extract_people(text)] == ["Abraham Quillon", "Dana Kelso"]


@pytest.mark.parametrize(
    ("after", "more"),
    [
        (", who wrote about the revolution.", 2),  # a person's relative pronoun
        (", executive secretary of the Harbour Rally, said so.", 2),  # an office set off
        (", the city, said so.", 1),  # an apposition naming no office
        (" wrote about the revolution.", 1),  # a speech verb
    ],
)
def test_who_or_an_office_after_an_unknown_name_vouch_for_it(after: str, more: int) -> None:
    plain = "The victim was Quan Meiyue today."
    text = "The victim was Quan Meiyue" + after
    name = _candidate_at(text, "Quan Meiyue")
    lower = frozenset({"the", "victim", "was"})
    base = _score(plain, _candidate_at(plain, "Quan Meiyue"), [0], lower)
    assert _score(text, name, [0], lower) - base == more


@pytest.mark.parametrize(
    "text",
    [
        "Oskan Verdu said on Monday that the ferry plan would go ahead.\n",
        "The ferry plan will go ahead, Oskan Verdu said on Monday.\n",
        "The ferry plan will go ahead, said Oskan Verdu, the council's leader.\n",
        "Tavish Orrinam said on Monday that the ferry plan would go ahead.\n",
    ],
)
def test_a_speaker_the_tagger_weakly_reads_as_a_work_is_a_person(text: str) -> None:
    name = "Oskan Verdu" if "Oskan" in text else "Tavish Orrinam"
    assert [p.name for p in extract_people(text)] == [name]


def test_a_name_the_tagger_weakly_reads_as_a_work_is_the_rules_to_judge() -> None:
    # "Serbia's Tarin Kestovic": read as a thing (MISC) at 0.58, where no word of the name is
    # one of the language's; the surname's shape makes it a person
    text = (
        "Davis Cup finals open\n\nSerbia’s Tarin Kestovic and Britain’s Andy Murray will make "
        "their first appearance on Wednesday. Serbia takes on Japan and Britain plays the "
        "Netherlands.\n"
    )
    assert [p.name for p in extract(text).people] == ["Tarin Kestovic", "Andy Murray"]


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Tarin Kestovic", True), ("Ae Fond Kiss", False), ("Dead Man", False)],
)
def test_a_title_of_the_language_s_words_is_no_bare_name(name: str, expected: bool) -> None:
    text = f"They saw {name} on Monday."
    assert (
        _no_word_but_names(_candidate_at(text, name), frozenset({"they", "saw", "on"})) is expected
    )


def test_a_title_made_of_the_language_s_words_is_no_person() -> None:
    # a work's or a firm's title opens with a word news writes in small letters, and its last
    # word never stands alone as a surname would; "Scooter Mallin" is used so, and is a person
    text = (
        "Film awards\n\nThe cartoon Finding Tamsin beat Kill Quill at the box office, and My "
        "Harbour Summer was third. Manager Scooter Mallin, who looks after the singer Dana "
        "Kelso, said the Harbour Tennis Club would host the party. Mallin said so on Monday. "
        "Her single Learn To Be Quayside and the show Tamsin And His Magic Boat sold well, "
        "as did the cartoon Sharko Tale.\n"
    )
    names = [p.name for p in extract(text).people]
    assert names == ["Scooter Mallin", "Dana Kelso"]


def test_a_firm_or_a_work_that_speaks_stays_no_person() -> None:
    text = (
        "Harbour Holdings said on Monday that profits rose. The Quayside Accord says "
        "little about fares, Exxon Mobil said.\n"
    )
    assert [p.name for p in extract_people(text)] == []


def test_a_name_ending_in_a_trade_is_a_firm() -> None:
    text = (
        "Researchers at the Abraham Quillon Laboratory and depositors of Dana Kelso Savings "
        "met Mara Quent of Teodor Vane Accounting.\n"
    )
    assert [p.name for p in extract_people(text)] == ["Mara Quent"]


@pytest.mark.parametrize("finder", [None, RulesOnly()], ids=["tagger", "rules"])
def test_a_storm_s_name_or_a_creed_is_no_person(finder: RulesOnly | None) -> None:
    text = (
        "Firms weighed the devastation of Hurricane Ilsa. Hurricane Ilsa, an Atlantic storm, "
        "spared Vista. East German Protestantism fears Tom Vane's plan.\n"
    )
    assert [p.name for p in extract_people(text, finder)] == ["Tom Vane"]


@pytest.mark.parametrize("word", ["Rear-Admiral", "Sub-Lieutenant", "Under-Secretary"])
def test_an_office_s_first_half_makes_a_compound_office(word: str) -> None:
    assert _office_word(Token(word, 0, len(word)))


def test_a_rank_after_an_office_is_not_given_back_to_the_name() -> None:
    text = "Brigade Commander Major Fallah Sewa said."
    title = [Token("Brigade", 0, 7), Token("Commander", 8, 17), Token("Major", 18, 23)]
    name = [Token("Fallah", 24, 30), Token("Sewa", 31, 35)]
    tagged = _Tagged([(18, 35, "PER", 0.99)])  # the tagger sure the name starts at "Major"
    widened = tagged.widened(Candidate(name, title))
    assert [t.text for t in widened.tokens] == ["Fallah", "Sewa"]
    assert text[18:35] == "Major Fallah Sewa"


@pytest.mark.parametrize("word", ["They've", "I'm", "We’re", "Nigerians", "Britons"])
def test_a_pronoun_with_its_verb_or_a_nation_s_people_is_no_lone_name(word: str) -> None:
    assert not _single_name(Token(word, 0, len(word)), surname_as_word=True)


def _candidate(name: str) -> Candidate:
    tokens, start = [], 0
    for word in name.split():
        tokens.append(Token(word, start, start + len(word)))
        start += len(word) + 1
    return Candidate(tokens)


@pytest.mark.parametrize(
    ("name", "thing"),
    [
        ("Zorbo Robot", True),  # a word of the language last, after no given name
        ("Quayfone Comics", True),
        ("Rat Race", True),  # a word of the language first, and no given name
        ("Howard Flight", False),  # a given name, then a surname that is also a word
        ("Hayley Yelling", False),
        ("Win Htein", False),  # a short given name that is a word too
        ("S. Waugh", False),  # an initial
        ("Park Geun-hye", False),
    ],
)
def test_names_shaped_like_things(name: str, thing: bool) -> None:
    candidate = _candidate(name)
    assert (_language_word_first(candidate) or _language_word_last(candidate)) is thing


def test_a_name_read_as_a_firm_at_most_mentions_is_no_person() -> None:
    text = "Eli Marlow rose. Eli Marlow fell. Eli Marlow said so."
    spans = [(m.start(), m.end()) for m in re.finditer("Eli Marlow", text)]
    firm = [(a, b, "ORG", 0.9) for a, b in spans]
    assert _mostly_not_a_person(text, _Tagged(firm), "Eli Marlow")
    # once, surely, and never read as a person: a firm the tagger read only once exactly
    # ("Eli Marlow and Quay Capital" as one firm at another mention)
    assert _mostly_not_a_person(text, _Tagged(firm[:1]), "Eli Marlow")
    # but once as a person too, even by the surname alone, or once as a work (a weak MISC is
    # often a foreign name the tagger does not know), or not sure of it, or at fewer than
    # half of the mentions: the rules' reading stands
    surname = text.rindex("Marlow")
    as_person = [*firm[:1], (surname, surname + 6, "PER", 0.8)]
    assert not _mostly_not_a_person(text, _Tagged(as_person), "Eli Marlow")
    a, b = spans[0]
    assert not _mostly_not_a_person(text, _Tagged([(a, b, "MISC", 0.95)]), "Eli Marlow")
    assert not _mostly_not_a_person(text, _Tagged([(a, b, "ORG", 0.85)]), "Eli Marlow")
    assert not _mostly_not_a_person(
        text, _Tagged([(a, b, "ORG", 0.6) for a, b in spans]), "Eli Marlow"
    )
    text += " Eli Marlow won. Eli Marlow lost."
    # twice an organisation, not surely, of five mentions, never a person: a firm
    assert _mostly_not_a_person(
        text, _Tagged([(a, b, "ORG", 0.75) for a, b in spans[:2]]), "Eli Marlow"
    )
    third = (spans[2][0], spans[2][1], "PER", 0.7)
    assert not _mostly_not_a_person(text, _Tagged([*firm[:2], third]), "Eli Marlow")


def _people_of_table(heading: str, rows: list[str]) -> set[str]:
    """The names found in a table of rows, a blank line apart, under a heading."""
    text = heading + "\n\n" + "\n\n".join(rows) + "\n"
    return {person.name for person in extract_people(text)}


def test_a_results_table_of_people_gives_every_row_s_name() -> None:
    """Rank, name, country in brackets, time: where most rows name people, a row whose name
    the tagger reads as a firm's is a person too."""
    rows = [
        "1. Mara Quillon (Chile) 13:02.11",
        "2. Ilse Marten (Austria) 13:04.50",
        "3. Jonas Verbeek (Belgium) 13:05.02",
        "4. Gideon Tarus (Kenya) 13:08.69",
        "5. Falilat Adewale (Nigeria) 13:09.97",
        "7. El Hassane Benali (Morocco) 13:12.44",
        "8. Piet Vermaas (Netherlands) 13:15.00",
    ]
    names = _people_of_table("Meeting results\n\nMen's 5,000 metres", rows)
    assert {"Gideon Tarus", "Falilat Adewale", "Mara Quillon", "Piet Vermaas"} <= names


def test_a_leaderboard_of_rounds_gives_every_row_s_name() -> None:
    """Rank, name, the rounds' scores (a golf leaderboard, two players to a row at times)."""
    rows = [
        "278 Tom Vane 70 69 70 69",
        "280 Jon Dallow 71 70 69 70, Peter Quillon 72 68 70 70",
        "282 Morgan Velmaris 73 70 70 69",
        "283 Dana Kelso 72 69 74 68, Ken Arbuth 72 70 73 68",
        "284 Chase Brandt 73 69 74 68, Tim Herrold 70 67 75 72",
    ]
    names = _people_of_table("Leading final scores at the Harbour Open on Sunday:", rows)
    assert {"Morgan Velmaris", "Chase Brandt", "Tom Vane", "Tim Herrold"} <= names
    # a table of clubs' points is no leaderboard of people
    rows = [f"{n} {club} 12 10 9" for n, club in enumerate(["Vale Athletic", "Port United"] * 3)]
    assert not _people_of_table("Standings", rows)


def test_a_table_of_clubs_gives_no_club_as_a_person() -> None:
    rows = [
        "1. Harbour Rovers (Norway) 12 points",
        "2. Vale Athletic (Denmark) 10",
        "3. Port United (Sweden) 9",
        "4. Quay Wanderers (Finland) 7",
        "5. Mara Quillon (Chile) 13:02.11",
    ]
    names = _people_of_table("Group standings", rows)
    assert not names & {"Harbour Rovers", "Vale Athletic", "Port United", "Quay Wanderers"}


def test_a_second_fold_is_held_out_apart_from_the_first(tmp_path: Path, capsys) -> None:
    documents = list(read_documents(SLICE))
    first = {d.name for d in documents if held_out(d, 3)}
    second = {d.name for d in documents if held_out(d, 3, 1)}
    assert first and second and not first & second
    out = tmp_path / "fold.crfsuite"
    common = [str(SLICE), "--out", str(out), "--iterations", "5", "--hold-out", "3"]
    assert train_main(common) == 0
    alone = capsys.readouterr().err
    assert train_main([*common, "--also-hold-out", "1"]) == 0
    both = capsys.readouterr().err

    def tokens(log: str) -> int:
        return int(log.split("training on ", 1)[1].split(" tokens", 1)[0].replace(",", ""))

    assert tokens(both) < tokens(alone)  # the second fold's documents left out of training


def test_a_full_name_is_taken_where_the_tagger_leans_to_its_surname_alone() -> None:
    # neither is sure enough alone: the rules doubt the full name, the tagger the surname
    text = (
        "Doping charges\n\nKostas Velmaris and Katerina Dorou are yet to respond to doping "
        "charges from the federation.\n\nBut Velmaris and Dorou then went on to skip tests "
        "in Lisbon and Oslo."
    )
    assert "Katerina Dorou" in [person.name for person in extract_people(text)]
    # a given name after a word of the language is no such full name ("Super Mario")
    text = "Fans queued for Super Vario on Friday.\n\nVario sold out in an hour."
    assert [person.name for person in extract_people(text)] == []


def test_a_name_the_tagger_doubtfully_reads_as_a_firm_is_a_person_its_surname_alone_names() -> None:
    # the tagger leans to a firm for "Chase Brandt" (a given name that also names banks), and
    # to a person for "Brandt" alone: the article's person
    text = (
        "SOCCER - BRANDT DOUBLE EARNS ROVERS WIN.\n\nQUAYTOWN 1996-08-22\n\nChase Brandt scored "
        "twice in the second half to spur Harbour Rovers to a 4-1 away win over Kestrel City."
        "\n\nHe scored from close range in the 54th minute.\n\nBrandt, 24, joined from "
        "Westford in June.\n"
    )
    assert [person.name for person in extract_people(text)] == ["Chase Brandt"]


def test_a_place_possessive_before_a_name_the_tagger_leans_to_is_a_cue() -> None:
    text = "The previous mark was set by Ethiopia's Haile Velmaris in June last year.\n"
    assert [person.name for person in extract_people(text)] == ["Haile Velmaris"]


def test_a_tennis_match_s_sets_after_a_name_are_a_cue() -> None:
    text = "Harbour Open\n\nCzech veteran Helena Sukova prevailed over Kesa Kamiro 6-2 6-3.\n"
    assert [person.name for person in extract_people(text)] == ["Helena Sukova", "Kesa Kamiro"]
    text = "Harbour Open\n\nHelena Sukova prevailed over Juro Ordasz 7-6(4) 3-6 6-1.\n"
    assert "Juro Ordasz" in [person.name for person in extract_people(text)]


def test_a_title_case_headline_s_verb_after_a_given_name_is_no_surname() -> None:
    # "Kelsey" names the club here; "Approve" is the headline's verb, no surname
    text = (
        "BREAKING NEWS: Kelsey Approve £7m Release Clause To Sign Tom Vane From Quay City\n\n"
        "Kelsey have activated the clause, the club said.\n"
    )
    assert "Kelsey Approve" not in [person.name for person in extract_people(text)]
    # a name and its body in a list keeps its name ("Phil Fear (WRU)"-shaped)
    text = "Officials named\n\nKelsey Fear (Quay Rovers)\nTom Vane (Harbour FC)\n"
    assert "Kelsey Fear" in [person.name for person in extract_people(text)]


def test_a_menu_s_labels_run_into_a_photo_credit_are_cut_from_the_name() -> None:
    # a page copy's line: a caption, a credit, then the menu's section and the headline run in
    text = (
        "Prison official: Anyone could escape\n\nHome Issues Prison official: Anyone could "
        "escape The prison is considered a Category C facility, yet more than half the inmates "
        "are classed as Category B. Photo: Dana Velmaris Issues Prison official: Anyone could "
        "escape\n\nPrison director Mara Quillon said the building was not fit for high-risk "
        "offenders.\n"
    )
    from newscat.extract import extract

    assert [person.name for person in extract(text).people] == ["Mara Quillon"]


def test_names_run_together_without_commas_are_told_apart() -> None:
    text = (
        "I mean the problem here Mitch Vane Chuck Quillon George Bush supported the bill "
        "that came out of the Senate.\n"
    )
    names = [person.name for person in extract_people(text)]
    assert names == ["Mitch Vane", "Chuck Quillon", "George Bush"]
    # a long name whose second word is a given name too stays whole
    text = "Prime Minister Jose Luis Rodriguez Zapatero said the talks would go on.\n"
    assert [person.name for person in extract_people(text)] == ["Jose Luis Rodriguez Zapatero"]


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("Tickets for Dana Kelso's Summer Tour sold out in minutes.", ["Dana Kelso"]),
        ("She was diagnosed with Tom Vane's disease in 2019.", []),
        ("The Mara Quillon brand was sold last year.", []),
        # a person after a possessive stays one
        ("Kestrel's Tom Vane won the race.", ["Tom Vane"]),
        ("The mayor's deputy Tom Vane resigned.", ["Tom Vane"]),
    ],
)
def test_things_named_after_people_are_no_people(sentence: str, people: list[str]) -> None:
    from newscat.extract import extract

    assert [person.name for person in extract(f"Harbour news\n\n{sentence}\n").people] == people


def test_a_name_the_article_writes_as_a_work_a_band_or_a_prize_is_none_of_its_people() -> None:
    # one sense per article: the drama, the band and the prize, wherever else they stand
    text = (
        "The abortion drama Mara Quillon has won three awards, and its director Tom Vane "
        "thanked the cast. Mara Quillon was made on a small budget.\n\n"
        "Kestrel Hollow frontman Dana Kelso said the band would tour. Kestrel Hollow last "
        "toured in 2019.\n\n"
        "The film was Tavish-nominated last year. Tavish, the critics said, was a fair judge.\n"
    )
    found = {p.name: (p.role.value if p.role else None) for p in extract_people(text)}
    assert set(found) == {"Tom Vane", "Dana Kelso"}


def test_a_club_whose_manager_or_boss_the_article_names_is_no_person() -> None:
    text = (
        "Kelso was pleased. Shelby boss Tom Vane said his side deserved the win. Shelby scored "
        "twice in the second half, and Shelby are now third.\n"
    )
    assert [p.name for p in extract_people(text)] == ["Tom Vane"]


def test_a_player_named_after_play_is_still_a_person() -> None:
    # "play" is a verb as often as a work's kind: no work is read after it
    text = "Andy Marlow will play Corin Halloway in the final of the Harbour Open on Sunday.\n"
    assert [p.name for p in extract_people(text)] == ["Andy Marlow", "Corin Halloway"]


def test_a_speaker_the_tagger_sees_no_name_in_is_still_a_person() -> None:
    # two unknown title-case words before "said" at a sentence's start: the model reads
    # nothing there, and the rules' name shape and speech decide, as they do elsewhere
    text = "Barack Obama said on Monday that the talks would go on.\n"
    assert [p.name for p in extract_people(text)] == ["Barack Obama"]
    # a desk or a firm that speaks is still none
    text = "Weather Desk said the storm would pass. Harbour Holdings said profits rose.\n"
    assert extract_people(text) == []


def test_a_name_opening_a_sentence_with_a_plural_verb_is_a_club_or_a_band() -> None:
    # one sense per article: a club ("Kelsey were the better side"), a band ("Sadie Rowe were
    # the big winners") is no person wherever the text names it alone
    text = (
        "Kelsey were the better side on Saturday. Dana Kelso scored twice against Kelsey, "
        "and the visitors never recovered.\n"
    )
    assert [p.name for p in extract_people(text)] == ["Dana Kelso"]
    text = "Harbour rugby: Brandon have signed the scrum-half Tom Vane on a two-year deal.\n"
    assert [p.name for p in extract_people(text)] == ["Tom Vane"]
    text = "Sadie Rowe were the big winners at the awards. Mara Quillon also won.\n"
    assert [p.name for p in extract_people(text)] == ["Mara Quillon"]


def test_a_person_before_a_plural_verb_that_is_not_theirs_stays_a_person() -> None:
    # the verb's subject is elsewhere: a list, a phrase, "if … were", a question
    text = (
        "If Dana Kelso were to resign, the party would split. Should Tom Vane have known? "
        "Tom Vane and Mara Quillon are friends. Two museums dedicated to Mara Quillon are "
        "planned, and plans by Dana Kelso were dropped.\n"
    )
    assert [p.name for p in extract_people(text)] == ["Dana Kelso", "Tom Vane", "Mara Quillon"]


def test_a_name_shaped_item_of_a_list_of_people_is_a_person() -> None:
    # the tagger, unsure, reads "Oskan Verdu" as a thing; listed between people, shaped like
    # a name (no word of the language, place or organisation), it is one of them
    text = "Guests included Tom Vane, Oskan Verdu and Dana Kelso.\n"
    assert [p.name for p in extract_people(text)] == ["Tom Vane", "Oskan Verdu", "Dana Kelso"]


def test_a_possessor_beside_a_list_item_is_not_the_item() -> None:
    # the items are the things possessed: a work, a body's chief
    text = (
        "The house staged Tosca in 1999, followed by La Serenata and Dana Kelso's Harbour "
        "Nights in 2001.\nOskan Verdu met Tom Vane and Quaytown Peoples’s Assembly chief "
        "Mara Quillon.\n"
    )
    names = [p.name for p in extract_people(text)]
    assert names == ["Dana Kelso", "Oskan Verdu", "Tom Vane", "Mara Quillon"]


def test_a_name_that_opens_a_place_s_or_an_institution_s_name_is_no_person() -> None:
    # the tagger is sure of the person's name inside; the words after it make it a place's
    text = "He flew into John F. Kennedy International Airport on Tuesday.\n"
    assert extract_people(text) == []
    text = "She had called it a 'Brownie camp' in a letter home.\n"
    assert extract_people(text) == []
    text = "John F. Kennedy was president then.\n"
    assert [p.name for p in extract_people(text)] == ["John F. Kennedy"]


def test_a_name_the_tagger_reads_nothing_in_beside_a_person_is_one_too() -> None:
    # coordinated with someone found ("rather than"), shaped as a name: taken back, where the
    # model reads no name at all ("Barack Obama": its news is older) or is unsure of one
    text = "Think Donald Trump rather than Barack Obama.\n"
    assert [p.name for p in extract_people(text)] == ["Donald Trump", "Barack Obama"]
    text = "Think of Tom Vane rather than Vesko Tarrin, he said.\n"
    assert [p.name for p in extract_people(text)] == ["Tom Vane", "Vesko Tarrin"]
    # a name-shaped run beside no one found stays out
    assert extract_people("Think of Harbour Week rather than Quay Days.\n") == []


def test_a_tagger_library_that_will_not_load_is_said_with_its_cause(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    model._tagger.cache_clear()
    monkeypatch.setitem(sys.modules, "pycrfsuite", None)  # import fails as a broken install's
    try:
        with pytest.raises(NewscatError, match=r"could not load python-crfsuite \(.+\)"):
            model._tagger()
    finally:
        model._tagger.cache_clear()


def test_a_firm_whose_span_runs_on_into_small_words_is_no_person() -> None:
    text = (
        '"Quill Marrow entered this crisis with debt," the regulator said. Ada Quent and Tom Vane.'
    )
    firm = Candidate([Token("Quill", 1, 6), Token("Marrow", 7, 13)], [])
    assert text[1:33] == "Quill Marrow entered this crisis"
    # the tagger's organisation span outran the firm's name into the verb and its object
    assert _Tagged([(1, 33, "ORG", 0.86)], text).verdict(firm) == "OTHER"
    # where another name follows, the span may be two people read as one firm: the rules judge
    people = Candidate([Token("Ada", 66, 69), Token("Quent", 70, 75)], [])
    assert text[66:88] == "Ada Quent and Tom Vane"
    assert _Tagged([(66, 88, "ORG", 0.9)], text).verdict(people) == ""
    # nor does a span that starts before the candidate say anything new
    assert _Tagged([(0, 33, "ORG", 0.86)], text).verdict(firm) == ""


def test_a_street_s_name_beside_a_person_s_is_no_list_of_people() -> None:
    """A name the tagger refused stays refused beside a person's when it is a street's."""
    from newscat.extract.people import _accept_list_neighbours, _Registry

    text = "But out on Kelso Parkway, Ted Negas, Dana Roe and Tom Vane disagree."
    registry = _Registry()
    for name in ("Ted Negas", "Tom Vane"):
        registry.add(_candidate_at(text, name), name, "full-name")
    refused = [_candidate_at(text, "Kelso Parkway"), _candidate_at(text, "Dana Roe")]
    _accept_list_neighbours(text, registry, refused)
    assert [p.name for p in registry.people] == ["Ted Negas", "Tom Vane", "Dana Roe"]


def test_a_building_or_a_trail_named_after_someone_is_no_person() -> None:
    text = (
        "The mayor moved into Dana Mansion. Crowds gathered at the Dana Dome, on Tom Wharf and "
        "on the Tom Trail."
    )
    assert extract_people(text, RulesOnly()) == []


def test_a_given_name_initial_and_surname_weakly_read_as_a_firm_is_a_person() -> None:
    """The tagger's weak reading of another kind does not outweigh a person's shape."""
    from newscat.extract.names import Candidate, Token
    from newscat.extract.people import _given_initial_surname, _Tagged

    text = "since the days of Franklin D. Quillby."
    start = text.index("Franklin")
    tokens = [
        Token("Franklin", start, start + 8),
        Token("D", start + 9, start + 10, initial=True),
        Token("Quillby", start + 12, start + 19),
    ]
    candidate = Candidate(tokens)
    assert _given_initial_surname(candidate)
    assert _Tagged([(start, start + 19, "ORG", 0.62)], text).weakly_other(candidate)
    assert not _Tagged([(start, start + 19, "ORG", 0.95)], text).weakly_other(candidate)
    assert not _given_initial_surname(Candidate([*tokens[:2], Token("Holdings", 0, 8)]))
