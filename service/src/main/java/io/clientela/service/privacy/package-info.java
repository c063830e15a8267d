/** The privacy requests: export everything held on a customer, or erase it (right of access, right to erasure). */
package io.clientela.service.privacy;
