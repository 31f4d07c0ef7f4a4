import { Body, Controller, Delete, Get, HttpCode, NotFoundException, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Allow } from '@app/auth';
import { ModeratorsService } from '@app/review';
import { CreateModeratorDto, moderatorResponse, UpdateModeratorDto } from './review.dto';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => new NotFoundException({ code: 'moderator_not_found', message: 'no such moderator' }) });

@ApiTags('moderators')
@ApiBearerAuth()
@Allow('admin')
@Controller('v1/moderators')
export class ModeratorsController {
  constructor(private readonly moderators: ModeratorsService) {}

  @Post()
  @ApiOperation({ summary: 'Create a moderator account (role moderator or admin, assigned sites)' })
  async create(@Body() dto: CreateModeratorDto) {
    return moderatorResponse(await this.moderators.create(dto));
  }

  @Get()
  async list() {
    return { items: (await this.moderators.list()).map(moderatorResponse) };
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change role, sites or password (a new password ends their sessions); role and sites apply at once' })
  async update(@Param('id', uuid) id: string, @Body() dto: UpdateModeratorDto) {
    return moderatorResponse(await this.moderators.update(id, dto));
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Disable a moderator; their sessions end at once' })
  async disable(@Param('id', uuid) id: string): Promise<void> {
    await this.moderators.disable(id);
  }
}
