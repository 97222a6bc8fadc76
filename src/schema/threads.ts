// Threads and invites (issue 4): one import registers every thread type and field.
import './threads/thread';
import './threads/errors';
import './threads/invite';
import './threads/message';
import './threads/mutations';
