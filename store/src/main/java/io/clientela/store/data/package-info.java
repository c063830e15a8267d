/** The data pages' lists: imported files, rejected rows (quarantine) and the audit log. */
package io.clientela.store.data;
