package io.clientela.store.customers;

import io.clientela.core.NotFoundException;

/** No customer matches what was asked for. */
public class CustomerNotFoundException extends NotFoundException {

    public CustomerNotFoundException(String message) {
        super(message);
    }
}
