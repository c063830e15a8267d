/** Texts read line by line from a file or standard input, and scored in parallel batches whose output keeps the input's order. */
package io.clientela.service.text;
