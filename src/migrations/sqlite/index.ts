import * as migration_20261125_164841_initial from './20261125_164841_initial';

export const migrations = [
  {
    up: migration_20261125_164841_initial.up,
    down: migration_20261125_164841_initial.down,
    name: '20261125_164841_initial'
  },
];
