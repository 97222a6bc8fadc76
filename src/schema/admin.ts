// The admin surface (issue 6): roles, audit trail, settings, users' data, workspaces, imports
// and daily summaries. Each file registers its types and root fields; this one imports them all.
import './admin/errors';
import './admin/account';
import './admin/audit-log-entry';
import './admin/system-settings';
import './admin/user-profile';
import './admin/workspace';
import './admin/import-session';
import './admin/daily-log-summary';
