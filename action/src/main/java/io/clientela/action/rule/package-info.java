/**
 * Rules: the rule file ({@link io.clientela.action.rule.RuleFile}), the condition language (a small
 * hand-written parser whose errors name line and column) and the engine that evaluates a batch of
 * {@link io.clientela.action.rule.Trigger}s, or a scheduled run, against the store.
 */
package io.clientela.action.rule;
