"""A statistical name tagger (a linear-chain CRF through python-crfsuite) trained on annotated
news: CoNLL-2003 and OntoNotes 5.0. It tells people from organisations, places and works
("Morgan Stanley", "Vera Drake"), which capitalisation rules alone cannot.

tokens.py splits text into tokens the way the training corpora did; features.py turns them into
the features the model was trained on; model.py loads the shipped model lazily and tags;
train.py builds the model from ../shared/training.
"""
