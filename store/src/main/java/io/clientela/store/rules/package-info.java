/**
 * What the rule engine reads and writes: rule firings and their counts ({@link io.clientela.store.rules.RuleRows}),
 * customer tags ({@link io.clientela.store.rules.TagRows}), the profiles and products conditions look at
 * ({@link io.clientela.store.rules.SubjectRows}) and the SQL of the window functions
 * ({@link io.clientela.store.rules.RuleWindows}, described by a {@link io.clientela.store.rules.WindowQuery}).
 * The rule language, the loop guard and the cooldown decisions are the action module's.
 */
package io.clientela.store.rules;
