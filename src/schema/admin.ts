// The admin surface (issue 6): roles, audit trail, settings, users' data, workspaces, imports
// and daily summaries. Each file registers its types and root fields; this one imports them all.
import './admin-errors';
import './admin-accounts';
import './admin-audit';
import './admin-settings';
import './admin-user-data';
import './admin-workspaces';
import './admin-imports';
import './admin-summaries';
