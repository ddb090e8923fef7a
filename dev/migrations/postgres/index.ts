import * as migration_20261204_183645_initial from './20261204_183645_initial';
import * as migration_20261205_165827_delivery_claims from './20261205_165827_delivery_claims';

export const migrations = [
  {
    up: migration_20261204_183645_initial.up,
    down: migration_20261204_183645_initial.down,
    name: '20261204_183645_initial',
  },
  {
    up: migration_20261205_165827_delivery_claims.up,
    down: migration_20261205_165827_delivery_claims.down,
    name: '20261205_165827_delivery_claims'
  },
];
