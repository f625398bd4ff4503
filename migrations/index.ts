import * as migration_20261124_025556_initial from './20261124_025556_initial';
import * as migration_20261124_034122_workflow from './20261124_034122_workflow';
import * as migration_20261124_040000_search from './20261124_040000_search';
import * as migration_20261126_015849_sources from './20261126_015849_sources';

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
    name: '20261126_015849_sources'
  },
];
