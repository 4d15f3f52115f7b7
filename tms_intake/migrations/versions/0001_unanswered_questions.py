"""Questions the approved content does not answer, kept without contact details.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "unanswered_questions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("message_id", sa.String(64), nullable=False, unique=True),
        sa.Column("asked_at", sa.DateTime(timezone=True), nullable=False, index=True),
        sa.Column("question", sa.String(500), nullable=False),
        sa.Column("topic", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("unanswered_questions")
