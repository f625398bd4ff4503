import * as migration_20261124_025556_initial from './20261124_025556_initial';
import * as migration_20261124_034122_workflow from './20261124_034122_workflow';
import * as migration_20261124_040000_search from './20261124_040000_search';
import * as migration_20261126_015849_sources from './20261126_015849_sources';
import * as migration_20261126_020000_bounded_lists from './20261126_020000_bounded_lists';
import * as migration_20261126_024859_reference_label from './20261126_024859_reference_label';
import * as migration_20261126_034229_schema_snapshot from './20261126_034229_schema_snapshot';
import * as migration_20261126_050000_change_log from './20261126_050000_change_log';
import * as migration_20261126_050000_login_failures from './20261126_050000_login_failures';
import * as migration_20261127_010000_change_log_without_paths from './20261127_010000_change_log_without_paths';
import * as migration_20261127_020000_attempt_kinds from './20261127_020000_attempt_kinds';
import * as migration_20261207_225055_event_location_reference from './20261207_225055_event_location_reference';
import * as migration_20261207_230639_audit_schedule_actions from './20261207_230639_audit_schedule_actions';
import * as migration_20261207_234007_ever_published from './20261207_234007_ever_published';

export const migrations = [
  {
    up: migration_20261124_025556_initial.up,
    down: migration_20261124_025556_initial.down,
    name: '20261124_025556_initial',
  },
  {
    up: migration_20261124_034122_workflow.up,
    down: migration_20261124_034122_workflow.down,
    name: '20261124_034122_workflow',
  },
  {
    up: migration_20261124_040000_search.up,
    down: migration_20261124_040000_search.down,
    name: '20261124_040000_search',
  },
  {
    up: migration_20261126_015849_sources.up,
    down: migration_20261126_015849_sources.down,
    name: '20261126_015849_sources',
  },
  {
    up: migration_20261126_020000_bounded_lists.up,
    down: migration_20261126_020000_bounded_lists.down,
    name: '20261126_020000_bounded_lists',
  },
  {
    up: migration_20261126_024859_reference_label.up,
    down: migration_20261126_024859_reference_label.down,
    name: '20261126_024859_reference_label',
  },
  {
    up: migration_20261126_034229_schema_snapshot.up,
    down: migration_20261126_034229_schema_snapshot.down,
    name: '20261126_034229_schema_snapshot',
  },
  {
    up: migration_20261126_050000_change_log.up,
    down: migration_20261126_050000_change_log.down,
    name: '20261126_050000_change_log',
  },
  {
    up: migration_20261126_050000_login_failures.up,
    down: migration_20261126_050000_login_failures.down,
    name: '20261126_050000_login_failures',
  },
  {
    up: migration_20261127_010000_change_log_without_paths.up,
    down: migration_20261127_010000_change_log_without_paths.down,
    name: '20261127_010000_change_log_without_paths',
  },
  {
    up: migration_20261127_020000_attempt_kinds.up,
    down: migration_20261127_020000_attempt_kinds.down,
    name: '20261127_020000_attempt_kinds',
  },
  {
    up: migration_20261207_225055_event_location_reference.up,
    down: migration_20261207_225055_event_location_reference.down,
    name: '20261207_225055_event_location_reference',
  },
  {
    up: migration_20261207_230639_audit_schedule_actions.up,
    down: migration_20261207_230639_audit_schedule_actions.down,
    name: '20261207_230639_audit_schedule_actions',
  },
  {
    up: migration_20261207_234007_ever_published.up,
    down: migration_20261207_234007_ever_published.down,
    name: '20261207_234007_ever_published',
  },
];
