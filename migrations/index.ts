import * as migration_20261124_025556_initial from './20261124_025556_initial';

export const migrations = [
  {
    up: migration_20261124_025556_initial.up,
    down: migration_20261124_025556_initial.down,
    name: '20261124_025556_initial'
  },
];
