/**
 * Rules: the rule file ({@link io.clientela.action.rule.RuleFile}, read as a tree of YAML nodes that
 * keep their line and column, built from Jackson's streaming YAML parser), the condition language (a
 * small hand-written parser whose errors name line and column) and the engine that evaluates a batch
 * of {@link io.clientela.action.rule.Trigger}s, or a scheduled run, against the store. What the engine
 * reads and writes, the SQL of the window functions included, is in {@code io.clientela.store.rules}.
 */
package io.clientela.action.rule;
