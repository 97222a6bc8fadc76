// Threads and invites (issue 4): one import registers every thread type and field.
import './thread';
import './thread-errors';
import './thread-invite';
import './thread-message';
import './thread-mutations';
