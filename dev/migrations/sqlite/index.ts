import * as migration_20261204_183635_initial from './20261204_183635_initial';

export const migrations = [
  {
    up: migration_20261204_183635_initial.up,
    down: migration_20261204_183635_initial.down,
    name: '20261204_183635_initial'
  },
];
