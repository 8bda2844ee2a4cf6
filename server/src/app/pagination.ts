import { Max, Min } from 'class-validator';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

/** The one pagination style of the API: offset and limit, with the total count. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0, description: 'How many items to skip.' })
  @Min(0)
  @Max(1_000_000)
  offset: number = 0;

  @Field(() => Int, { defaultValue: 50, description: 'How many items to return (1 to 200).' })
  @Min(1)
  @Max(200)
  limit: number = 50;
}

export interface PageShape<T> {
  items: T[];
  totalCount: number;
  hasMore: boolean;
}

export function Paginated<T extends object>(itemClass: ClassType<T>) {
  @ObjectType()
  abstract class Page implements PageShape<T> {
    @Field(() => [itemClass])
    items!: T[];

    @Field(() => Int, { description: 'Number of items matching the filter, across all pages.' })
    totalCount!: number;

    @Field(() => Boolean, { description: 'Whether items remain after this page.' })
    hasMore!: boolean;
  }
  return Page;
}

export async function paginate<T extends ObjectLiteral>(query: SelectQueryBuilder<T>, page: PageArgs): Promise<PageShape<T>> {
  const [items, totalCount] = await query.skip(page.offset).take(page.limit).getManyAndCount();
  return { items, totalCount, hasMore: page.offset + items.length < totalCount };
}
