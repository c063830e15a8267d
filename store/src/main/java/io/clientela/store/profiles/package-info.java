/**
 * Customer profiles: keeps the normalised identifiers of every customer record, links records into
 * one customer by deterministic identity resolution ({@code io.clientela.core.identity}), builds the
 * golden profile by survivorship rules in SQL, points every fact at its customer and records each
 * merge with its reason so it can be explained and undone.
 */
package io.clientela.store.profiles;
