import { ObjectId } from 'mongodb'
import { describe, expect, test } from 'vitest'

import { flattenMongoFilter } from '../../src/database/flattenMongoFilters'

const id = new ObjectId('6b12f86658c4e6b2cd4dbe8b')
const when = new Date('2021-07-16T20:03:00.000Z')

describe('flattenMongoFilter', () => {
  test.each([
    ['one condition in $and', { $and: [{ slug: { $eq: 'x' } }] }, { slug: 'x' }],
    ['conditions on different fields', { $and: [{ slug: { $eq: 'x' } }, { _status: { $ne: 'draft' } }] }, { slug: 'x', _status: { $ne: 'draft' } }],
    ['an ObjectId and a date', { $and: [{ _id: { $eq: id } }, { updatedAt: { $eq: when } }] }, { _id: id, updatedAt: when }],
    ['a field that repeats stays in $and', { slug: 'x', $and: [{ slug: { $ne: 'y' } }] }, { slug: 'x', $and: [{ slug: { $ne: 'y' } }] }],
    ['nested $and inside $or', { $or: [{ $and: [{ a: { $eq: 1 } }] }, { b: 2 }] }, { $or: [{ a: 1 }, { b: 2 }] }],
    ['$eq on an object or array is kept', { $and: [{ a: { $eq: { x: 1 } } }, { b: { $eq: [1] } }] }, { a: { $eq: { x: 1 } }, b: { $eq: [1] } }],
    ['$eq on null is kept', { a: { $eq: null } }, { a: { $eq: null } }],
    ['operators beside $eq are kept', { a: { $eq: 1, $exists: true } }, { a: { $eq: 1, $exists: true } }],
    ['an empty filter', {}, {}],
  ])('%s', (_, input, output) => {
    expect(flattenMongoFilter(input)).toEqual(output)
  })

  test('the input is not changed', () => {
    const input = { $and: [{ slug: { $eq: 'x' } }] }
    flattenMongoFilter(input)
    expect(input).toEqual({ $and: [{ slug: { $eq: 'x' } }] })
  })
})
