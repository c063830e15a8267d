/** Read side of profiles: finding a customer by id, e-mail or phone, the Customer 360 view and explanations. */
package io.clientela.store.customers;
