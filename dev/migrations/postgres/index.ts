import * as migration_20261204_183645_initial from './20261204_183645_initial';

export const migrations = [
  {
    up: migration_20261204_183645_initial.up,
    down: migration_20261204_183645_initial.down,
    name: '20261204_183645_initial'
  },
];
