/** Everything the workspace holds on one customer, found from the schema, to export or erase (the SQL of the privacy requests). */
package io.clientela.store.privacy;
