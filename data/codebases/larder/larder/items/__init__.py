"""Things a kitchen keeps: ingredients (some perishable, some spices) and equipment."""

from .base import Equipment, Ingredient, Item, Perishable, Spice
from .catalog import Catalog, default_catalog

__all__ = ["Catalog", "Equipment", "Ingredient", "Item", "Perishable", "Spice", "default_catalog"]
