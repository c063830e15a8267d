/** Privacy requests: export everything held on one customer, and erase a customer from every table. */
package io.clientela.app.privacy;
