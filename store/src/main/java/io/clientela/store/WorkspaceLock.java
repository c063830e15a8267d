package io.clientela.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/**
 * An exclusive OS file lock on {@code clientela.lock} in the workspace folder. The holder writes its
 * process id and command line into the file so that a second process can say who holds it. The OS
 * releases the lock when the holder dies, even on {@code kill -9}.
 */
final class WorkspaceLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private WorkspaceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static WorkspaceLock acquire(Path dir, String purpose) {
        Path file = dir.resolve("clientela.lock");
        try {
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new WorkspaceInUseException("workspace " + dir + " is in use by another process ("
                        + (holder.isEmpty() ? "unknown" : holder) + "); wait for it to finish or stop it, then try again", holder);
            }
            ProcessHandle self = ProcessHandle.current();
            String info = "pid " + self.pid() + ", " + purpose + ", since " + Instant.now().toString();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(info.getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(false);
            return new WorkspaceLock(channel, lock);
        } catch (IOException e) {
            throw new WorkspaceException("cannot lock workspace " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            channel.truncate(0);
            lock.release();
            channel.close();
        } catch (IOException e) {
            // the OS drops the lock with the channel anyway
        }
    }
}
