"""English closed-class words: the grammar the figure rules read, one home for each class.

These are English grammar, not any story's words: a class is closed when no news adds to it. Each rule that
asks "is this a modal?" or "a place preposition?" reads the same words, so two modules cannot drift apart
(before, "can" was a modal to dates and not to counts, and "aboard" a place to counts but not to owners).
"""

from __future__ import annotations

from briefing.text import word_set

ARTICLES = word_set("a an the")
DEMONSTRATIVES = word_set("this that these those")
POSSESSIVES = word_set("his her their its our my your")
NOUN_OPENERS = ARTICLES | POSSESSIVES | DEMONSTRATIVES  # "the", "its", "this" open a noun phrase
SUBJECT_PRONOUNS = word_set("i you he she it we they")
MODALS = word_set("will would could can may might shall should must")
BE = word_set("be is are was were been being am")
RELATIVES = word_set("who whom whose which that")
OBJECT_PRONOUNS = word_set("him her them us me it")
REFLEXIVES = word_set("himself herself itself themselves myself ourselves yourself yourselves")
# Conjunctions that open a clause of time, cause, condition or contrast ("after three workers died").
SUBORDINATORS = word_set("after before while when since until till because although though if unless whereas as")
# Words in -ing that are prepositions, not verbs taking an object ("including", "during").
ING_PREPOSITIONS = word_set("including excluding during following regarding concerning according involving "
                            "notwithstanding pending considering barring")
# Prepositions of place: what follows them says where ("women inside the church", "from Brooklyn").
# Prepositions rarer than the common ones, none of them ever a noun or an adverb a label keeps ("via", "despite",
# "beneath"; not "below" and "above": "wind below 8km/h" is the wind's measure).
RARE_PREPOSITIONS = word_set("along beside beyond onto upon via throughout amid amidst despite beneath alongside")
# Irregular simple pasts that are never participles ("broke", not "broken"): a verb told in the past beyond doubt.
SIMPLE_PASTS = word_set("ate flew fought knew spoke struck stole slept woke wore rode sang sank hid froze began drew "
                        "threw wrote stood sought caught swept broke blew tore shook swam rang drank chose arose")
PLACE_PREPOSITIONS = word_set("in inside at on aboard outside near under behind within from into across")
# Adverb particles of phrasal verbs ("laid off", "pulled off a heist", "gave back").
PARTICLES = word_set("out up off away down back over")
