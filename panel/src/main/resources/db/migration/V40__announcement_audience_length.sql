-- VARCHAR(20) could not hold CUSTOMERS_WITH_SERVERS (22 characters): announcements for customers with servers failed
-- to save. Every enum column must hold its longest value; EnumColumnsTest checks them all.
ALTER TABLE announcement ${change_column} audience ${to_type} VARCHAR(40) ${still_not_null};
