/**
 * Statistical taggers. {@link org.annals.core.tag.NerTagger} finds the names of people, organisations,
 * places and other names (PER, ORG, LOC, MISC) in a sentence or a document with an averaged perceptron over
 * hashed features of the words, their shapes and affixes, their word clusters, their neighbours, the run of
 * capitalised words they stand in, the sentence's capitalisation, the knowledge base's gazetteers and what
 * the document says elsewhere. {@link org.annals.core.tag.NerModel} holds the weights (the built-in one ships
 * as {@code ner.model}, see {@code NOTICE-ner.txt}); {@link org.annals.core.tag.WordClusters} the Brown
 * clusters of words (built-in: {@code word-clusters.tsv}, made by annals-tools from unlabelled text);
 * {@link org.annals.core.tag.NerTrainer} makes a model from tagged sentences.
 */
package org.annals.core.tag;
