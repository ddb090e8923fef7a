import * as migration_20261204_183645_initial from './20261204_183645_initial';
import * as migration_20261205_165827_delivery_claims from './20261205_165827_delivery_claims';
import * as migration_20261205_171120_auth_attempts from './20261205_171120_auth_attempts';
import * as migration_20261206_011444_locales_parent_indexes from './20261206_011444_locales_parent_indexes';

export const migrations = [
  {
    up: migration_20261204_183645_initial.up,
    down: migration_20261204_183645_initial.down,
    name: '20261204_183645_initial',
  },
  {
    up: migration_20261205_165827_delivery_claims.up,
    down: migration_20261205_165827_delivery_claims.down,
    name: '20261205_165827_delivery_claims',
  },
  {
    up: migration_20261205_171120_auth_attempts.up,
    down: migration_20261205_171120_auth_attempts.down,
    name: '20261205_171120_auth_attempts',
  },
  {
    up: migration_20261206_011444_locales_parent_indexes.up,
    down: migration_20261206_011444_locales_parent_indexes.down,
    name: '20261206_011444_locales_parent_indexes'
  },
];
