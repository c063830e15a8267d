package io.clientela.store.customers;

import io.clientela.core.ClientelaException;

/** No customer matches what was asked for. */
public class CustomerNotFoundException extends ClientelaException {

    public CustomerNotFoundException(String message) {
        super(message);
    }
}
