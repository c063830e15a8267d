/**
 * Read side of profiles: finding a customer by id, e-mail or phone, the Customer 360 view and
 * explanations, and the dashboard's customer list ({@link io.clientela.store.customers.CustomerSearch}).
 */
package io.clientela.store.customers;
