package org.annals.core.model;

/** What an actor or a mention is. Countries are {@link #LOCATION}s. */
public enum EntityType { PERSON, ORGANIZATION, LOCATION }
