/**
 * The action rules at work on a server: the rule file in force (read, replaced, put in force
 * without a restart), its live evaluation of every collected batch and of the schedule, and the
 * JSON form of a trigger for dry runs.
 */
package io.clientela.service.rules;
