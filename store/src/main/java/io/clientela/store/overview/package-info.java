/** The overview page's figures and the choices of the dashboard's shared filters, read from the workspace. */
package io.clientela.store.overview;
