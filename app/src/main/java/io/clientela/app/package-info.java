/** The application: {@link io.clientela.app.Main}, typed configuration and the one place objects are wired by hand. */
package io.clientela.app;
