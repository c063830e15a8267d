/** The server's error messages in the dashboard's languages: catalogues of English templates and their translations. */
package io.clientela.service.messages;
