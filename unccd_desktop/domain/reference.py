"""Reference lists shipped in resources/: countries (ISO 3166 with UN M49 regions) and
thematic areas."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class Country(Base):
    __tablename__ = "countries"

    code: Mapped[str] = mapped_column(sa.String(2), primary_key=True)  # ISO 3166-1 alpha-2
    alpha3: Mapped[str] = mapped_column(sa.String(3))
    numeric: Mapped[str] = mapped_column(sa.String(3))
    name: Mapped[str] = mapped_column(sa.String(200))
    region: Mapped[str] = mapped_column(sa.String(100), default="")
    sub_region: Mapped[str] = mapped_column(sa.String(100), default="")
    region_code: Mapped[str] = mapped_column(sa.String(3), default="")
    sub_region_code: Mapped[str] = mapped_column(sa.String(3), default="")


class ThematicArea(Base):
    __tablename__ = "thematic_areas"

    code: Mapped[str] = mapped_column(sa.String(40), primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200))
    position: Mapped[int] = mapped_column(default=0)
