/**
 * Acting on customer data: rules (a condition plus actions) evaluated on incoming items and on a
 * schedule, alerts routed to the right person and delivered by e-mail and webhook, and closed-loop
 * follow-up cases. Depends on {@code core} and {@code store} only.
 */
package io.clientela.action;
