package io.clientela.store;

/**
 * What a compaction of the workspace did: rewrote the database into a new file and swapped it in
 * ({@code done}), how long it took and the file's size before and after; or why it was left for later.
 */
public record Compaction(boolean done, long millis, long bytesBefore, long bytesAfter, String note) {
}
