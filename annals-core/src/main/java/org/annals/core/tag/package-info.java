/**
 * Statistical taggers. {@link org.annals.core.tag.NerTagger} finds the names of people, organisations,
 * places and other names (PER, ORG, LOC, MISC) in a sentence or a document with an averaged perceptron over
 * hashed features of the words, their shapes and affixes, their neighbours, the sentence's capitalisation,
 * the knowledge base's gazetteers and what the document said earlier. {@link org.annals.core.tag.NerModel}
 * holds the weights (the built-in one ships as {@code ner.model}, see {@code NOTICE-ner.txt});
 * {@link org.annals.core.tag.NerTrainer} makes a model from tagged sentences.
 */
package org.annals.core.tag;
