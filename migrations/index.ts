import * as migration_20261124_025556_initial from './20261124_025556_initial';
import * as migration_20261124_034122_workflow from './20261124_034122_workflow';
import * as migration_20261124_040000_search from './20261124_040000_search';
import * as migration_20261126_015849_sources from './20261126_015849_sources';
import * as migration_20261126_020000_bounded_lists from './20261126_020000_bounded_lists';
import * as migration_20261126_024859_reference_label from './20261126_024859_reference_label';
import * as migration_20261126_034229_schema_snapshot from './20261126_034229_schema_snapshot';
import * as migration_20261126_050000_change_log from './20261126_050000_change_log';
import * as migration_20261126_050000_login_failures from './20261126_050000_login_failures';
import * as migration_20261207_225055_event_location_reference from './20261207_225055_event_location_reference';

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
    up: migration_20261207_225055_event_location_reference.up,
    down: migration_20261207_225055_event_location_reference.down,
    name: '20261207_225055_event_location_reference'
  },
];
