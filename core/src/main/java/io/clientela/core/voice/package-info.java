/** Voice-of-the-customer records shared by the store and the analyses: a feedback response as stored, and a run's reading of it. */
package io.clientela.core.voice;
