import * as migration_20261204_183635_initial from './20261204_183635_initial';
import * as migration_20261205_165821_delivery_claims from './20261205_165821_delivery_claims';

export const migrations = [
  {
    up: migration_20261204_183635_initial.up,
    down: migration_20261204_183635_initial.down,
    name: '20261204_183635_initial',
  },
  {
    up: migration_20261205_165821_delivery_claims.up,
    down: migration_20261205_165821_delivery_claims.down,
    name: '20261205_165821_delivery_claims'
  },
];
