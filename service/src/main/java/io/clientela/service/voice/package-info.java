/** The voice-of-the-customer use case: every feedback response read, the KPIs, themes, terms and drivers computed, and one stored run. */
package io.clientela.service.voice;
