import * as migration_20261125_175450_initial from './20261125_175450_initial';

export const migrations = [
  {
    up: migration_20261125_175450_initial.up,
    down: migration_20261125_175450_initial.down,
    name: '20261125_175450_initial'
  },
];
